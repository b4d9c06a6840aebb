export { openRawArchive, type RawArchive } from './raw-archive.js';
