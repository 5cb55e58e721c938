import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIONS, PAGE_RULES, PERMISSIONS, actionDeniedTitle, mayDo, mayOpen, pageDeniedText, roleLabel } from './permissions';

// What each role gets (Engine/Accounts/RolePermissions.cs), to read the table as the people who use it.
const viewer = ['flows.read', 'campaigns.read', 'numbers.read', 'calls.read', 'billing.read'];
const operator = [...viewer, 'campaigns.control'];
const manager = [...operator, 'flows.write', 'flows.run', 'campaigns.write', 'numbers.write', 'integrations.write'];
const admin = [...manager, 'billing.manage', 'users.manage'];
const system = [...PERMISSIONS];

describe('the permission table', () => {
  it('has a rule for every page the router knows', () => {
    const router = readFileSync(new URL('../router.ts', import.meta.url), 'utf8');
    const pages = [...router.matchAll(/\{ page: '([a-z-]+)'/g)].map((m) => m[1]);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of new Set(pages)) expect(PAGE_RULES[page], `PAGE_RULES has no '${page}'`).toBeDefined();
  });

  it('names only permissions the server knows', () => {
    for (const rule of Object.values(PAGE_RULES)) if (rule.needs && rule.needs !== 'public') expect(PERMISSIONS).toContain(rule.needs);
    for (const needs of Object.values(ACTIONS)) expect(PERMISSIONS).toContain(needs);
  });

  it('lets a viewer read flows, campaigns and billing but open no settings of people', () => {
    expect(mayOpen(viewer, 'flows')).toBe(true);
    expect(mayOpen(viewer, 'editor')).toBe(true);
    expect(mayOpen(viewer, 'campaign')).toBe(true);
    expect(mayOpen(viewer, 'company')).toBe(true);
    expect(mayOpen(viewer, 'users')).toBe(false);
    expect(mayOpen(viewer, 'api-keys')).toBe(false);
    expect(mayOpen(viewer, 'companies')).toBe(false);
    expect(mayOpen(viewer, 'campaign-new')).toBe(false);
  });

  it('opens the sign-in, set-up and operator pages to anyone and unknown pages to everyone signed in', () => {
    expect(mayOpen(undefined, 'sign-in')).toBe(true);
    expect(mayOpen(undefined, 'setup')).toBe(true);
    expect(mayOpen(undefined, 'operator')).toBe(true);
    expect(mayOpen([], 'not-found')).toBe(true);
    expect(mayOpen([], 'some-page-added-later')).toBe(true);
  });

  it('grants actions by role: operators start campaigns, managers edit, admins manage users, only the system edits tariffs', () => {
    expect(mayDo(viewer, 'campaigns.control')).toBe(false);
    expect(mayDo(operator, 'campaigns.control')).toBe(true);
    expect(mayDo(operator, 'campaigns.edit')).toBe(false);
    expect(mayDo(manager, 'campaigns.edit')).toBe(true);
    expect(mayDo(manager, 'flows.edit')).toBe(true);
    expect(mayDo(manager, 'company.edit')).toBe(false);
    expect(mayDo(admin, 'company.edit')).toBe(true);
    expect(mayDo(admin, 'users.manage')).toBe(true);
    expect(mayDo(admin, 'tariffs.edit')).toBe(false);
    expect(mayDo(admin, 'companies.manage')).toBe(false);
    expect(mayDo(system, 'tariffs.edit')).toBe(true);
    expect(mayDo(undefined, 'flows.edit')).toBe(false);
  });
});

describe('what a refused person reads', () => {
  it('names the role and the page, and who to ask', () => {
    expect(pageDeniedText('viewer', 'users')).toBe('Your role Viewer cannot open Users: ask an Admin.');
    expect(pageDeniedText('manager', 'companies')).toBe('Your role Manager cannot open Companies: ask an Admin.');
  });

  it('explains a disabled button by the permission it needs', () => {
    expect(actionDeniedTitle('viewer', 'flows.edit')).toBe('Your role Viewer cannot edit flows: it needs flows.write. Ask an Admin of your company.');
    expect(actionDeniedTitle('operator', 'campaigns.edit')).toContain('campaigns.write');
  });

  it('labels roles as people read them', () => {
    expect(roleLabel('admin')).toBe('Admin');
    expect(roleLabel('admin', true)).toBe('System administrator');
  });
});
