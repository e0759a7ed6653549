// Every language's table does what its generated README table says: each mark phrase types
// its mark, "<literal> <phrase>" types the words, and each example row is what dictating it
// in the middle of a sentence types.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeRules } from '../../../../electron/dictation/format/describe.js';
import { languageRules } from '../../../../electron/dictation/format/index.js';
import type { DictationLanguage } from '../../../../electron/settings/types.js';
import { dictate } from '../editor.js';

for (const language of ['en', 'de', 'fr', 'es'] as DictationLanguage[]) {
  const rules = languageRules(language);
  describe(`${language} rules table`, () => {
    for (const mark of rules.marks) {
      for (const phrase of mark.say) {
        it(`"${phrase}" types ${JSON.stringify(mark.text)}; "${rules.literal} ${phrase}" types the words`, () => {
          const typed = dictate([`alpha ${phrase} beta`], { language }).text;
          assert.ok(typed.includes('Alpha') && typed.includes(mark.text) && !typed.includes(phrase), typed);
          // Dictionary capitals off: German writes the escaped noun "Punkt" with its capital.
          assert.equal(dictate([`alpha ${rules.literal} ${phrase} beta`], { language, trueCase: false }).text, `Alpha ${phrase} beta`);
        });
      }
    }
    const said = new Set([...rules.numberExamples, ...(rules.familyExamples ?? [])].map((e) => `"${e}"`));
    const examples = describeRules(rules).filter((row) => said.has(row.say));
    it('shows every number and family example', () => assert.equal(examples.length, said.size));
    for (const row of examples) {
      it(`example ${row.say} types ${row.types}`, () => {
        const said = row.say.slice(1, -1);
        assert.equal(dictate([`alpha ${said}`], { language }).text, `Alpha ${row.types.slice(1, -1)}`);
      });
    }
    it('is its own table, not the English fallback', () => assert.equal(rules.code, language));
  });
}
