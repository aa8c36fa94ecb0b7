import { expect } from '@open-wc/testing';
import {
  MAX_TAGS_PER_CUSTOMER,
  TAG_MAX_LENGTH,
  applyTagChanges,
  checkTagName,
  findTag,
  neverATag,
  surelyOverTagLimit,
  tagKey,
  tagLength,
  uniqueTags,
} from '../../src/model/tags.js';

/** `count` distinct tags: `tag-0`, `tag-1`, … */
function manyTags(count: number, prefix = 'tag'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
}

describe('tag limits', () => {
  it('are 50 characters per tag and 150 tags per customer', () => {
    expect([TAG_MAX_LENGTH, MAX_TAGS_PER_CUSTOMER]).to.deep.equal([50, 150]);
  });
});

describe('tagLength', () => {
  it('counts an emoji outside the BMP as one character', () => {
    expect(tagLength('😀')).to.equal(1);
  });

  it('counts each CJK character once', () => {
    expect(tagLength('顧客')).to.equal(2);
  });
});

describe('tagKey', () => {
  it('folds case, including Polish letters', () => {
    expect(tagKey('ŁÓDŹ')).to.equal(tagKey('Łódź'));
  });

  it('treats decomposed and precomposed forms as the same tag', () => {
    expect(tagKey('Zażółć'.normalize('NFD'))).to.equal(tagKey('Zażółć'.normalize('NFC')));
  });

  it('counts a run of white space inside a name as one space, as a page draws it', () => {
    expect(tagKey('Tier  1')).to.equal(tagKey('Tier 1'));
    expect(tagKey('Tier\u00a0\u3000 1')).to.equal(tagKey('tier 1'));
    expect(tagKey('Tier1')).not.to.equal(tagKey('Tier 1'));
  });
});

describe('checkTagName', () => {
  describe('trimming', () => {
    it('returns the name trimmed of surrounding white space', () => {
      const result = checkTagName('  VIP \t');

      expect(result).to.deep.equal({ ok: true, tag: 'VIP' });
    });

    it('keeps inner spaces', () => {
      expect(checkTagName(' Key account ')).to.deep.equal({ ok: true, tag: 'Key account' });
    });
  });

  describe('empty names', () => {
    it('refuses an empty string as empty', () => {
      expect(checkTagName('')).to.deep.equal({ ok: false, error: { code: 'empty', tag: '', message: 'Tag is empty' } });
    });

    it('refuses a name of spaces only as empty, reporting the name as given', () => {
      expect(checkTagName('   ')).to.deep.equal({ ok: false, error: { code: 'empty', tag: '   ', message: 'Tag is empty' } });
    });

    it('refuses a name of mixed white space (tab, newline, no-break space) as empty', () => {
      const result = checkTagName(' \t\n\u00a0\u3000');

      expect(result.ok ? undefined : result.error.code).to.equal('empty');
    });
  });

  describe('length', () => {
    it('accepts exactly 50 characters', () => {
      const name = 'a'.repeat(50);

      expect(checkTagName(name)).to.deep.equal({ ok: true, tag: name });
    });

    it('refuses 51 characters as too-long with a specific message', () => {
      const name = 'a'.repeat(51);

      expect(checkTagName(name)).to.deep.equal({
        ok: false,
        error: { code: 'too-long', tag: name, message: 'Tag is longer than 50 characters' },
      });
    });

    it('measures the length after trimming, so 50 characters with surrounding spaces are accepted', () => {
      const name = 'b'.repeat(50);

      expect(checkTagName(`  ${name}  `)).to.deep.equal({ ok: true, tag: name });
    });

    it('accepts 50 emoji (100 UTF-16 code units)', () => {
      const name = '😀'.repeat(50);

      expect(checkTagName(name)).to.deep.equal({ ok: true, tag: name });
    });

    it('refuses 51 emoji as too-long', () => {
      const result = checkTagName('😀'.repeat(51));

      expect(result.ok ? undefined : result.error.code).to.equal('too-long');
    });

    it('accepts 50 CJK characters', () => {
      const name = '顧'.repeat(50);

      expect(checkTagName(name)).to.deep.equal({ ok: true, tag: name });
    });

    it('refuses 51 CJK characters as too-long', () => {
      const result = checkTagName('顧'.repeat(51));

      expect(result.ok ? undefined : result.error.code).to.equal('too-long');
    });
  });

  describe('control characters', () => {
    const controls: [string, string][] = [
      ['NUL', '\u0000'],
      ['tab', '\t'],
      ['line feed', '\n'],
      ['carriage return', '\r'],
      ['DEL', '\u007f'],
      ['NEL (C1)', '\u0085'],
    ];
    for (const [label, control] of controls) {
      it(`refuses a ${label} inside the name as control-character`, () => {
        const name = `a${control}b`;

        expect(checkTagName(name)).to.deep.equal({
          ok: false,
          error: { code: 'control-character', tag: name, message: 'Tag contains a control character' },
        });
      });
    }

    it('refuses a trailing C1 control, which is not white space and so is not trimmed', () => {
      const result = checkTagName('VIP\u0085');

      expect(result.ok ? undefined : result.error.code).to.equal('control-character');
    });
  });

  describe('direction overrides and isolates (regression: "Acme \\u202Etxt.exe" was accepted and shown as "Acme exe.txt")', () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      const hex = code.toString(16).toUpperCase();
      it(`refuses U+${hex} as direction-control`, () => {
        const result = checkTagName(`Acme ${String.fromCharCode(code)}txt.exe`);
        expect(result.ok ? undefined : result.error.code).to.equal('direction-control');
      });
    }
  });

  describe('other Unicode', () => {
    it('allows a zero-width joiner (emoji sequence)', () => {
      const name = '👩\u200d💻 devs';

      expect(checkTagName(name)).to.deep.equal({ ok: true, tag: name });
    });

    it('allows a right-to-left mark', () => {
      const name = '\u200fעברית';

      expect(checkTagName(name)).to.deep.equal({ ok: true, tag: name });
    });

    it('allows Polish diacritics', () => {
      expect(checkTagName('Zażółć gęślą jaźń')).to.deep.equal({ ok: true, tag: 'Zażółć gęślą jaźń' });
    });
  });

  describe('duplicates', () => {
    it('refuses a name differing only in case as duplicate, naming the stored spelling', () => {
      expect(checkTagName('vip', ['Partner', 'VIP'])).to.deep.equal({
        ok: false,
        error: { code: 'duplicate', tag: 'vip', message: 'Tag "VIP" already exists', existing: 'VIP' },
      });
    });

    it('refuses Polish capitals against the lower-case spelling (Łódź vs ŁÓDŹ)', () => {
      const result = checkTagName('ŁÓDŹ', ['Łódź']);

      expect(result.ok ? undefined : result.error.code).to.equal('duplicate');
    });

    it('compares the trimmed name with existing tags', () => {
      const result = checkTagName('  vip  ', ['VIP']);

      expect(result.ok ? undefined : result.error.code).to.equal('duplicate');
    });

    it('accepts a name that is not among the existing tags', () => {
      expect(checkTagName('Gold', ['VIP', 'Silver'])).to.deep.equal({ ok: true, tag: 'Gold' });
    });

    it('refuses a name differing only in runs of inner white space, naming the stored spelling', () => {
      expect(checkTagName('Tier  1', ['Tier 1'])).to.deep.equal({
        ok: false,
        error: { code: 'duplicate', tag: 'Tier  1', message: 'Tag "Tier 1" already exists', existing: 'Tier 1' },
      });
      expect(checkTagName('tier 1', ['Tier   1']).ok).to.equal(false);
    });

    it('accepts any iterable of existing tags, such as a Set', () => {
      const result = checkTagName('vip', new Set(['VIP']));

      expect(result.ok ? undefined : result.error.code).to.equal('duplicate');
    });
  });
});

describe('findTag', () => {
  it('returns the stored spelling for a differently cased name', () => {
    expect(findTag(['Partner', 'VIP'], 'vip')).to.equal('VIP');
  });

  it('ignores white space around the name looked for', () => {
    expect(findTag(['Łódź'], '  ŁÓDŹ ')).to.equal('Łódź');
  });

  it('returns undefined when no tag matches', () => {
    expect(findTag(['VIP'], 'VIPs')).to.equal(undefined);
  });
});

describe('uniqueTags', () => {
  it('keeps the first spelling of each tag, in the original order', () => {
    expect(uniqueTags(['VIP', 'Gold', 'vip', 'GOLD', 'Silver', 'Vip'])).to.deep.equal(['VIP', 'Gold', 'Silver']);
  });

  it('returns a list without duplicates unchanged', () => {
    expect(uniqueTags(['b', 'a', 'c'])).to.deep.equal(['b', 'a', 'c']);
  });
});

describe('applyTagChanges', () => {
  it('appends added tags after the current ones', () => {
    expect(applyTagChanges(['VIP'], ['Gold'], [])).to.deep.equal({ ok: true, tags: ['VIP', 'Gold'] });
  });

  it('keeps the existing spelling when an added tag is already present in another case', () => {
    expect(applyTagChanges(['VIP', 'Gold'], ['vip'], [])).to.deep.equal({ ok: true, tags: ['VIP', 'Gold'] });
  });

  it('removes tags case-insensitively', () => {
    expect(applyTagChanges(['VIP', 'Gold', 'Łódź'], [], ['vip', 'ŁÓDŹ'])).to.deep.equal({ ok: true, tags: ['Gold'] });
  });

  it('ignores removing a tag the customer does not have', () => {
    expect(applyTagChanges(['VIP'], [], ['Gold'])).to.deep.equal({ ok: true, tags: ['VIP'] });
  });

  it('does not mutate the current tags', () => {
    const current = ['VIP', 'Gold'];

    applyTagChanges(current, ['Silver'], ['vip']);

    expect(current).to.deep.equal(['VIP', 'Gold']);
  });

  it('allows reaching exactly 150 tags', () => {
    const result = applyTagChanges(manyTags(149), ['last'], []);

    expect(result.ok ? result.tags.length : -1).to.equal(150);
  });

  it('refuses going over 150 tags with too-many', () => {
    const result = applyTagChanges(manyTags(150), ['one-more'], []);

    expect(result).to.deep.equal({
      ok: false,
      error: { code: 'too-many', tag: 'one-more', message: 'A customer can have at most 150 tags' },
    });
  });

  it('does not count an added tag the customer already has toward the limit', () => {
    const current = manyTags(150);

    const result = applyTagChanges(current, ['TAG-0'], []);

    expect(result).to.deep.equal({ ok: true, tags: current });
  });

  it('allows adding when removals in the same change keep the total at 150', () => {
    const result = applyTagChanges(manyTags(150), ['new'], ['tag-0']);

    expect(result.ok ? [result.tags.length, result.tags.at(-1)] : undefined).to.deep.equal([150, 'new']);
  });

  it('lets a customer already over the limit remove tags', () => {
    const current = manyTags(160);

    const result = applyTagChanges(current, [], ['tag-0', 'tag-1']);

    expect(result).to.deep.equal({ ok: true, tags: current.slice(2) });
  });

  it('refuses a customer already over the limit adding more tags', () => {
    const result = applyTagChanges(manyTags(160), ['another'], []);

    expect(result.ok ? undefined : result.error.code).to.equal('too-many');
  });
});

describe('tag rules: folding and limits', () => {
  it('treats German sharp s as its capital spelling', () => {
    const check = checkTagName('STRASSE', ['straße']);
    expect(check.ok ? '' : check.error.code).to.equal('duplicate');
  });

  it('ignores surrounding space when adding or removing', () => {
    const result = applyTagChanges(['VIP', 'EDU'], [' vip '], [' edu ']);
    expect(result).to.deep.equal({ ok: true, tags: ['VIP'] });
  });

  it('counts case-variant duplicates once toward the 150-tag limit', () => {
    const current = [...Array.from({ length: 150 }, (_, i) => `t${i}`), 'T0'];
    const result = applyTagChanges(current, ['one more'], []);
    expect(result.ok ? 'ok' : result.error.code).to.equal('too-many');
  });
});

describe('neverATag', () => {
  it('names the rule a name breaks on its own: too long, a control or a direction character', () => {
    expect(neverATag('x'.repeat(TAG_MAX_LENGTH + 1))?.code).to.equal('too-long');
    expect(neverATag('a\tb')?.code).to.equal('control-character');
    expect(neverATag('\u202Eevil')?.code).to.equal('direction-control');
  });

  it('says nothing of a name that could still become a tag: empty, or a duplicate', () => {
    expect(neverATag('')).to.equal(undefined);
    expect(neverATag('  ')).to.equal(undefined);
    expect(neverATag('VIP')).to.equal(undefined);
  });
});

describe('surelyOverTagLimit', () => {
  it('refuses one more tag for a customer that already carries 150', () => {
    expect(surelyOverTagLimit({ mostTags: MAX_TAGS_PER_CUSTOMER, addedToEveryone: 0, removed: 0 }, 1)).to.equal(true);
    expect(surelyOverTagLimit({ mostTags: MAX_TAGS_PER_CUSTOMER - 1, addedToEveryone: 0, removed: 0 }, 1)).to.equal(false);
  });

  it('counts the tags already added and lets a removed tag make room for one more', () => {
    expect(surelyOverTagLimit({ mostTags: MAX_TAGS_PER_CUSTOMER - 2, addedToEveryone: 2, removed: 0 }, 1)).to.equal(true);
    expect(surelyOverTagLimit({ mostTags: MAX_TAGS_PER_CUSTOMER, addedToEveryone: 0, removed: 1 }, 1)).to.equal(false);
  });
});
