// "dot" joins a chain of words that ends in a top-level domain; elsewhere it is a word.
import { describe } from 'node:test';
import { checkCases } from '../editor.js';

describe('web and e-mail addresses', () => {
  checkCases([
    { say: ['example dot com'], types: 'example.com' },
    { say: ['visit example dot com'], types: 'Visit example.com' },
    { say: ['www dot example dot co dot uk'], types: 'www.example.co.uk' },
    { say: ['ada at sign example dot com'], types: 'ada@example.com' },
    { say: ['mail ada dot lovelace at sign example dot org'], types: 'Mail ada.lovelace@example.org' },
    { say: ['see voskey dot dev'], types: 'See voskey.dev' },
    { say: ['docs dot python dot org'], types: 'docs.python.org' },
    { say: ['open mozilla dot org period'], types: 'Open mozilla.org.' },
    { say: ['go to example dot com period', 'thanks'], types: 'Go to example.com. Thanks' },
    { say: ['go to example dot com', 'period'], types: 'Go to example.com.' },
    { say: ['is it example dot io question mark'], types: 'Is it example.io?' },
    { say: ['open quote example dot net close quote'], types: '"example.net"' },
    { say: ['example dot com slash blog'], types: 'example.com/blog' },
    { say: ['the site example dot ai comma and more'], types: 'The site example.ai, and more' },
    { say: ['gov dot uk'], types: 'gov.uk' },
    { say: ['www dot example dot com dot'], types: 'www.example.com dot' },
    { say: ['org chart'], types: 'Org chart' },
    { say: ['io bound period'], types: 'Io bound.' },
    { say: ['connect the dot'], types: 'Connect the dot' },
    { say: ['a dot on the map'], types: 'A dot on the map' },
    { say: ['the dot net framework'], types: 'The dot net framework' },
    { say: ['polka dot dress'], types: 'Polka dot dress' },
    { say: ['example dot banana'], types: 'Example dot banana' },
    { say: ['example literal dot com'], types: 'Example dot com' },
    { say: ['literal dot'], types: 'Dot' },
    { say: ['example dot com'], types: 'Example dot com', options: { addresses: false } },
    { say: ['ada at sign example dot com'], types: 'Ada@example dot com', options: { addresses: false } },
  ]);
});
