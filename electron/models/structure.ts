// What makes a folder a Vosk model. One rule, used for archives before unpacking and for
// folders found in the models directory (including ones dropped in by hand).
//
// Real Vosk models (checked against the small en-us/de/fr/es archives' listings and
// vosk-api's model.cc): the acoustic model am/final.mdl; a feature config, conf/model.conf
// (current layout) or conf/mfcc.conf (older layout, still loaded by libvosk); and a decoding
// graph, either a static graph/HCLG.fst (big models) or the lookahead pair graph/HCLr.fst +
// graph/Gr.fst (small models).

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface Requirement {
  /** Shown to the user when missing. */
  label: string;
  /** Satisfied when every file of any one alternative exists. */
  anyOf: string[][];
}

const REQUIREMENTS: Requirement[] = [
  { label: 'am/final.mdl', anyOf: [['am/final.mdl']] },
  { label: 'conf/model.conf (or conf/mfcc.conf)', anyOf: [['conf/model.conf'], ['conf/mfcc.conf']] },
  {
    label: 'a graph (graph/HCLG.fst, or graph/HCLr.fst with graph/Gr.fst)',
    anyOf: [['graph/HCLG.fst'], ['graph/HCLr.fst', 'graph/Gr.fst']],
  },
];

/** Which required parts are missing, given a test for "this relative file exists". */
export function missingModelParts(hasFile: (relativePath: string) => boolean): string[] {
  return REQUIREMENTS.filter((r) => !r.anyOf.some((files) => files.every(hasFile))).map((r) => r.label);
}

export function missingPartsInDir(dir: string): string[] {
  return missingModelParts((rel) => {
    const path = join(dir, rel);
    return existsSync(path) && statSync(path).isFile();
  });
}

export function isModelDir(dir: string): boolean {
  return missingPartsInDir(dir).length === 0;
}
