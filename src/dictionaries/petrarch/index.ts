// Readers for PETRARCH/TABARI-format event-coding dictionaries (actors, agents, verbs, discards), so users can
// bring their own dictionaries. Each reader takes the file's text and a name for warnings, never throws on
// malformed input, and returns its entries with `warnings: {file, line, message}[]`.

export {
  type DictionaryWarning,
  type Phrase,
  parsePhrase,
  phraseKey,
  parseDictionaryDate,
  readDictionaryLines,
  type DictionaryLine,
  WarningSink,
} from './common.js';
export {
  readActorDictionary,
  actorCodeOn,
  restrictionHolds,
  type ActorDictionary,
  type ActorEntry,
  type ActorCode,
  type ActorSynonym,
  type DateRestriction,
} from './actors.js';
export {
  readAgentDictionary,
  regularPlural,
  composeAgentCode,
  type AgentDictionary,
  type AgentEntry,
  type SubstitutionSet,
} from './agents.js';
export {
  readVerbDictionary,
  regularVerbForms,
  type VerbDictionary,
  type VerbBlock,
  type VerbEntry,
  type VerbPattern,
  type PatternElement,
  type PatternElementKind,
  type Synset,
  type SynsetMember,
  type VerbTransformation,
} from './verbs.js';
export { readDiscardDictionary, type DiscardDictionary, type DiscardEntry } from './discards.js';
