import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BUNDLED_POLICIES, bundledPolicy } from '../../src/policy/bundled';
import { freeCopyId, policyCatalog } from '../../src/settings/catalog';
import { readManaged } from '../../src/settings/managed';
import { coerceSyncSettings, DEFAULT_SYNC_SETTINGS } from '../../src/settings/schema';
import { originPattern, pageConfigFor, patternProblem } from '../../src/settings/site-mapping';
import {
  loadEffectiveSettings,
  loadOwnPolicies,
  loadSyncSettings,
  saveOwnPolicy,
  saveSyncSettings,
  StorageFullError,
} from '../../src/settings/store';

const ixxo = bundledPolicy('ixxo')!;
const mine = { ...ixxo, id: 'mine', name: 'Mine' };

beforeEach(() => fakeBrowser.reset());

describe('stored settings of an older or damaged shape', () => {
  it('keeps every good field and drops only what fails', () => {
    const settings = coerceSyncSettings({
      defaultPolicyId: 'ixxo',
      reminderMinutes: 'soon',
      siteMappings: [{ pattern: 'https://a.example/*', policyId: 'ixxo' }, { pattern: 'not a pattern', policyId: 'ixxo' }, 5],
      retired: true,
    });
    expect(settings).toEqual({
      ...DEFAULT_SYNC_SETTINGS,
      defaultPolicyId: 'ixxo',
      siteMappings: [{ pattern: 'https://a.example/*', policyId: 'ixxo' }],
    });
  });

  it('reads nothing at all as the defaults', async () => {
    expect(coerceSyncSettings(undefined)).toEqual(DEFAULT_SYNC_SETTINGS);
    expect(await loadSyncSettings()).toEqual(DEFAULT_SYNC_SETTINGS);
  });

  it('reads a value written by hand into storage without the version marker', async () => {
    await fakeBrowser.storage.sync.set({ settings: { reminderMinutes: 10 } });
    expect((await loadSyncSettings()).reminderMinutes).toBe(10);
  });
});

describe('site patterns', () => {
  it('explains an invalid pattern', () => {
    expect(patternProblem('https://rt.example.org/*')).toBeNull();
    expect(patternProblem('rt.example.org')).toMatch(/Expected a pattern such as/);
    expect(patternProblem('https://rt.example.org:8080/*')).toMatch(/port/);
    expect(patternProblem(' ')).toMatch(/^Enter the pages' address pattern/);
  });

  it('turns what an admin types into an origin pattern', () => {
    expect(originPattern('helpdesk.example.com')).toEqual({ pattern: 'https://helpdesk.example.com/*' });
    expect(originPattern('http://rt.corp.lan:8080/rt/Ticket/Display.html?id=1')).toEqual({ pattern: 'http://rt.corp.lan/*' });
    expect(originPattern('https://*.example.com/*')).toEqual({ pattern: 'https://*.example.com/*' });
    expect(originPattern('ftp://files.example.com')).toHaveProperty('error');
    expect(originPattern('https://*/*')).toHaveProperty('error');
    expect(originPattern('   ')).toHaveProperty('error');
    expect(originPattern('http://exa mple')).toHaveProperty('error');
    // Chromium's URL parser takes "helpdesk%20example" as a host; the browser would then hang on the permission.
    expect(originPattern('helpdesk example')).toHaveProperty('error');
    expect(originPattern('https://bad_host!/*')).toHaveProperty('error');
    expect(originPattern('http://10.0.0.5/rt')).toEqual({ pattern: 'http://10.0.0.5/*' });
  });

  it('maps a page to the first matching policy, managed first', () => {
    const mappings = {
      managed: [{ pattern: 'https://*.corp.example/*', policyId: 'bitrix24' }],
      own: [{ pattern: 'https://rt.corp.example/*', policyId: 'ixxo', adapterId: 'rt' }],
    };
    expect(pageConfigFor('https://rt.corp.example/x', mappings, 'iexexchanger')).toMatchObject({ policyId: 'bitrix24', source: 'managed' });
    expect(pageConfigFor('https://elsewhere.example/x', mappings, 'iexexchanger')).toEqual({
      policyId: 'iexexchanger',
      adapterId: null,
      source: 'default',
    });
  });
});

describe('managed deployment', () => {
  it('applies valid managed policies given as objects or JSON text', () => {
    const managed = readManaged({
      policies: [{ ...mine, id: 'org' }, JSON.stringify({ ...mine, id: 'org-2' })],
      policyTexts: [JSON.stringify({ ...mine, id: 'org-3' })],
    });
    expect(managed.policies.map((p) => p.id)).toEqual(['org', 'org-2', 'org-3']);
    expect(managed.warnings).toEqual([]);
  });

  it('ignores a policy that fails the schema, with a warning naming it and the problem', () => {
    const managed = readManaged({
      policies: [{ ...mine, id: 'bad', schedule: { ...mine.schedule, timezone: 'Mars/Base' } }, '{oops', { ...mine, id: 'ok' }],
      siteMappings: [{ pattern: 'nope', policyId: 'ok' }],
      defaultPolicyId: 'ok',
    });
    expect(managed.policies.map((p) => p.id)).toEqual(['ok']);
    expect(managed.warnings).toEqual([
      expect.stringMatching(/^Managed policy "bad" is ignored: \$\.schedule\.timezone: unknown IANA timezone/),
      expect.stringMatching(/^Managed policy #2 is ignored: not JSON/),
      expect.stringMatching(/^Managed site mapping #1 is ignored/),
    ]);
    expect(managed.defaultPolicyId).toBe('ok');
  });

  it('ignores fields of the wrong type', () => {
    expect(readManaged({ policies: 'all', reminderMinutes: -3 })).toEqual({ policies: [], siteMappings: [], warnings: [expect.stringContaining('"policies"')] });
  });

  it('keeps the bundled policies; a managed one with a bundled id replaces it and the admin\'s own cannot shadow either', () => {
    const org = { ...ixxo, name: 'Org ixxo' };
    const catalog = policyCatalog(BUNDLED_POLICIES, [{ ...mine, id: 'ixxo' }, mine], [org]);
    expect(catalog.map((e) => [e.policy.id, e.source, e.locked, e.policy.name])).toEqual([
      ['ixxo', 'managed', true, 'Org ixxo'],
      ['iexexchanger', 'bundled', true, bundledPolicy('iexexchanger')!.name],
      ['bitrix24', 'bundled', true, bundledPolicy('bitrix24')!.name],
      ['mine', 'own', false, 'Mine'],
    ]);
  });

  it('reads the managed area and reports its warnings with the effective settings', async () => {
    await fakeBrowser.storage.managed.set({ policies: [{ id: 'half' }], reminderMinutes: 5 });
    const settings = await loadEffectiveSettings();
    expect(settings.reminderMinutes).toBe(5);
    expect(settings.warnings).toHaveLength(1);
    expect(settings.catalog.map((e) => e.policy.id)).toEqual(['iexexchanger', 'ixxo', 'bitrix24']);
  });
});

describe("the admin's own policies", () => {
  it('never saves an invalid policy and keeps the last valid one', async () => {
    await saveOwnPolicy(mine);
    await expect(saveOwnPolicy({ ...mine, sla: { commitment: 'maybe' } })).rejects.toThrow(/\$\.sla\.commitment/);
    expect((await loadOwnPolicies()).policies).toEqual([expect.objectContaining({ id: 'mine', name: 'Mine' })]);
  });

  it('refuses the id of a bundled policy or of another own policy', async () => {
    await expect(saveOwnPolicy({ ...mine, id: 'ixxo' })).rejects.toThrow(/bundled or managed/);
    await saveOwnPolicy(mine);
    await saveOwnPolicy({ ...mine, id: 'other' });
    await expect(saveOwnPolicy({ ...mine, id: 'other' }, 'mine')).rejects.toThrow(/already have/);
  });

  it('renames a policy in place', async () => {
    await saveOwnPolicy(mine);
    await saveOwnPolicy({ ...mine, id: 'renamed' }, 'mine');
    expect((await loadOwnPolicies()).policies.map((p) => p.id)).toEqual(['renamed']);
  });

  it('suggests a free id for a copy', () => {
    const catalog = policyCatalog(BUNDLED_POLICIES, [{ ...mine, id: 'ixxo-custom' }], []);
    expect(freeCopyId(catalog, 'ixxo')).toBe('ixxo-custom-2');
    expect(freeCopyId(catalog, 'bitrix24')).toBe('bitrix24-custom');
  });

  it('says the storage is full when the browser refuses the write, and nothing is lost', async () => {
    await saveOwnPolicy(mine);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const error = await saveOwnPolicy({ ...mine, id: 'second' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/full.*not saved.*previous settings stay/);
    expect((await loadOwnPolicies()).policies.map((p) => p.id)).toEqual(['mine']);
  });

  it('says the same for sync storage', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await expect(saveSyncSettings({ ...DEFAULT_SYNC_SETTINGS, reminderMinutes: 1 })).rejects.toThrow(/site mappings/);
    expect((await loadSyncSettings()).reminderMinutes).toBe(30);
  });
});
