import { describe, expect, it } from 'vitest';
import { EVENT_TYPES as CORE_EVENT_TYPES } from '../src/core/types.js';
import { SOURCE_GROUPS } from '../src/sources/index.js';
import { GROUPS } from '../web/src/api/groups.js';
import { EVENT_TYPES } from '../web/src/api/event-types.js';

// The web app imports only types from src/, so it keeps its own lists of the registry's groups
// and the extractor's event types; these checks keep the copies from drifting.
describe("the web app's copies of server lists", () => {
  it('hold every source group and every event type, and nothing else', () => {
    expect([...GROUPS].sort()).toEqual([...SOURCE_GROUPS].sort());
    expect([...EVENT_TYPES].sort()).toEqual([...CORE_EVENT_TYPES].sort());
  });
});
