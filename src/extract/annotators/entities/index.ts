/**
 * People and organizations: the entities annotator and the registry lookups other stages use.
 * @module
 */
export { entitiesAnnotator, findEntityMentions, type AnnotatedEntity } from './entities-annotator.js';
export {
  canonicalName,
  lookupOrganization,
  lookupPerson,
  type OrganizationRecord,
  type OrganizationType,
  type PersonRecord,
} from './registry.js';
export { resolveMention } from './coreference.js';
// The token scanner and phrase trie, shared with the statements composer so that cues and
// names are matched on the same tokens.
export { tokenize, keyOf, type Token } from './_tokens.js';
export { PhraseTrie, type PhraseMatch } from './_phrase-trie.js';
