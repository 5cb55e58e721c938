// Test helpers: the server-exported flow files and activity descriptors under ./fixtures (Node only).
import { readFileSync, readdirSync } from 'node:fs';
import type { ActivityDescriptor } from './descriptors';

const folder = new URL('./fixtures/', import.meta.url);

/** Each fixture flow file's name and exact text, as the server exported it. */
export function fixtureFlows(): { name: string; text: string }[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.flow.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, folder), 'utf8') }));
}

/** The server's activity descriptors (GET /api/activities). */
export function fixtureDescriptors(): ActivityDescriptor[] {
  return JSON.parse(readFileSync(new URL('activities.json', folder), 'utf8')) as ActivityDescriptor[];
}
