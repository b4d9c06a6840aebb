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
