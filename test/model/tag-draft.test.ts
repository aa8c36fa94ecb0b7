import { expect } from '@open-wc/testing';
import { nextTagState, TagDraft, tagStateOf } from '../../src/model/tag-draft.js';

/**
 * Four selected customers: every one carries VIP, two carry Gold, none carries Silver (and Silver is absent from
 * the counts, which means 0).
 */
function setupDraft(): TagDraft {
  return new TagDraft(['VIP', 'Gold', 'Silver'], { VIP: 4, Gold: 2 }, 4);
}

describe('tagStateOf', () => {
  it('is none when no customer carries the tag', () => {
    expect(tagStateOf(0, 5)).to.equal('none');
  });

  it('is all when every customer carries the tag', () => {
    expect(tagStateOf(5, 5)).to.equal('all');
  });

  it('is mixed when some customers carry the tag', () => {
    expect(tagStateOf(2, 5)).to.equal('mixed');
  });

  it('is none out of zero customers', () => {
    expect(tagStateOf(0, 0)).to.equal('none');
  });
});

describe('nextTagState', () => {
  it('cycles an initially mixed tag mixed → all → none → mixed', () => {
    const afterMixed = nextTagState('mixed', 'mixed');
    const afterAll = nextTagState(afterMixed, 'mixed');
    const afterNone = nextTagState(afterAll, 'mixed');

    expect([afterMixed, afterAll, afterNone]).to.deep.equal(['all', 'none', 'mixed']);
  });

  it('toggles an initially unchecked tag none → all → none', () => {
    expect([nextTagState('none', 'none'), nextTagState('all', 'none')]).to.deep.equal(['all', 'none']);
  });

  it('toggles an initially checked tag all → none → all', () => {
    expect([nextTagState('all', 'all'), nextTagState('none', 'all')]).to.deep.equal(['none', 'all']);
  });
});

describe('TagDraft', () => {
  describe('initial states', () => {
    it('starts a tag carried by no selected customer as none', () => {
      expect(setupDraft().state('Silver')).to.equal('none');
    });

    it('starts a tag carried by every selected customer as all', () => {
      expect(setupDraft().state('VIP')).to.equal('all');
    });

    it('starts a tag carried by some selected customers as mixed', () => {
      expect(setupDraft().state('Gold')).to.equal('mixed');
    });

    it('starts every tag as none out of zero customers, whatever the counts', () => {
      const draft = new TagDraft(['VIP', 'Gold'], { VIP: 3 }, 0);

      expect([draft.state('VIP'), draft.state('Gold')]).to.deep.equal(['none', 'none']);
    });

    it('starts with the state equal to the initial state', () => {
      const draft = setupDraft();

      expect(draft.tags.map((tag) => draft.initialState(tag))).to.deep.equal(draft.tags.map((tag) => draft.state(tag)));
    });

    it('is not dirty before any change', () => {
      expect(setupDraft().dirty).to.equal(false);
    });

    it('keeps the tags in the order given', () => {
      expect(setupDraft().tags).to.deep.equal(['VIP', 'Gold', 'Silver']);
    });
  });

  describe('counts', () => {
    it('matches a count keyed in another case (vip for VIP)', () => {
      const draft = new TagDraft(['VIP'], { vip: 3 }, 3);

      expect([draft.count('VIP'), draft.state('VIP')]).to.deep.equal([3, 'all']);
    });

    it('treats a tag missing from the counts as carried by nobody', () => {
      expect(setupDraft().count('Silver')).to.equal(0);
    });

    it('looks tags up case-insensitively', () => {
      expect(setupDraft().count('gold')).to.equal(2);
    });

    it('tells the stored spelling of a tag named in another case', () => {
      expect(setupDraft().spelling('vip')).to.equal('VIP');
    });

    it('knows which tags it holds, case-insensitively', () => {
      const draft = setupDraft();

      expect([draft.has('gold'), draft.has('Bronze')]).to.deep.equal([true, false]);
    });
  });

  describe('checksOn', () => {
    it('says whether the next click checks a tag: a mixed or unchecked one, not a checked one', () => {
      const draft = setupDraft();

      const before = ['VIP', 'Gold', 'Silver'].map((tag) => draft.checksOn(tag));
      draft.cycle('Gold');
      const afterGold = draft.checksOn('Gold');

      expect(before).to.deep.equal([false, true, true]);
      expect(afterGold).to.equal(false);
    });
  });

  describe('cycle', () => {
    it('moves an initially mixed tag mixed → all → none → mixed', () => {
      const draft = setupDraft();

      const states = [draft.cycle('Gold'), draft.cycle('Gold'), draft.cycle('Gold')];

      expect(states).to.deep.equal(['all', 'none', 'mixed']);
    });

    it('toggles an initially checked tag between none and all', () => {
      const draft = setupDraft();

      const states = [draft.cycle('VIP'), draft.cycle('VIP'), draft.cycle('VIP')];

      expect(states).to.deep.equal(['none', 'all', 'none']);
    });

    it('toggles an initially unchecked tag between all and none', () => {
      const draft = setupDraft();

      const states = [draft.cycle('Silver'), draft.cycle('Silver'), draft.cycle('Silver')];

      expect(states).to.deep.equal(['all', 'none', 'all']);
    });

    it('marks the draft dirty', () => {
      const draft = setupDraft();

      draft.cycle('Silver');

      expect(draft.dirty).to.equal(true);
    });

    it('is no longer dirty once a tag is cycled back to its initial state', () => {
      const draft = setupDraft();

      draft.cycle('Gold');
      draft.cycle('Gold');
      draft.cycle('Gold');

      expect(draft.dirty).to.equal(false);
    });

    it('reports which tags changed', () => {
      const draft = setupDraft();

      draft.cycle('Silver');

      expect(draft.tags.map((tag) => draft.changed(tag))).to.deep.equal([false, false, true]);
    });
  });

  describe('set', () => {
    it('sets a tag to the state given', () => {
      const draft = setupDraft();

      draft.set('Gold', 'none');

      expect(draft.state('Gold')).to.equal('none');
    });

    it('returns an initially mixed tag to mixed', () => {
      const draft = setupDraft();
      draft.set('Gold', 'all');

      draft.set('Gold', 'mixed');

      expect(draft.state('Gold')).to.equal('mixed');
    });

    it('puts a tag that did not start mixed back to its initial state when asked for mixed', () => {
      const draft = setupDraft();
      draft.set('Silver', 'all');

      draft.set('Silver', 'mixed');

      expect(draft.state('Silver')).to.equal('none');
    });

    it('leaves an initially checked tag checked when asked for mixed', () => {
      const draft = setupDraft();

      draft.set('VIP', 'mixed');

      expect(draft.state('VIP')).to.equal('all');
    });
  });

  describe('changes', () => {
    it('is empty before any change', () => {
      expect(setupDraft().changes()).to.deep.equal({ add: [], remove: [] });
    });

    it('lists a tag moved to all under add and one moved to none under remove', () => {
      const draft = setupDraft();

      draft.set('Silver', 'all');
      draft.set('VIP', 'none');

      expect(draft.changes()).to.deep.equal({ add: ['Silver'], remove: ['VIP'] });
    });

    it('adds an initially mixed tag moved to all', () => {
      const draft = setupDraft();

      draft.cycle('Gold');

      expect(draft.changes()).to.deep.equal({ add: ['Gold'], remove: [] });
    });

    it('leaves out a tag set to the state it started in', () => {
      const draft = setupDraft();

      draft.set('VIP', 'all');
      draft.set('Gold', 'mixed');

      expect(draft.changes()).to.deep.equal({ add: [], remove: [] });
    });

    it('uses the stored spelling whatever case the change was made in', () => {
      const draft = setupDraft();

      draft.set('silver', 'all');

      expect(draft.changes().add).to.deep.equal(['Silver']);
    });
  });

  describe('checked', () => {
    it('lists the tags every customer carries, in order', () => {
      const draft = setupDraft();

      draft.set('Silver', 'all');

      expect(draft.checked()).to.deep.equal(['VIP', 'Silver']);
    });

    it('leaves out mixed tags', () => {
      expect(setupDraft().checked()).to.not.include('Gold');
    });
  });

  describe('projectedCount', () => {
    it('is every customer for a checked tag', () => {
      const draft = setupDraft();

      draft.set('Silver', 'all');

      expect(draft.projectedCount('Silver')).to.equal(4);
    });

    it('is nobody for an unchecked tag', () => {
      const draft = setupDraft();

      draft.set('VIP', 'none');

      expect(draft.projectedCount('VIP')).to.equal(0);
    });

    it('is the current count for a tag left mixed', () => {
      expect(setupDraft().projectedCount('Gold')).to.equal(2);
    });
  });

  describe('reset', () => {
    it('puts every tag back in its initial state', () => {
      const draft = setupDraft();
      draft.cycle('VIP');
      draft.cycle('Gold');
      draft.cycle('Silver');

      draft.reset();

      expect(draft.tags.map((tag) => draft.state(tag))).to.deep.equal(['all', 'mixed', 'none']);
    });

    it('leaves the draft clean', () => {
      const draft = setupDraft();
      draft.cycle('Silver');

      draft.reset();

      expect(draft.dirty).to.equal(false);
    });
  });

  describe('addTag', () => {
    it('appends a new tag carried by nobody, starting as none', () => {
      const draft = setupDraft();

      draft.addTag('Bronze');

      expect([draft.tags.at(-1), draft.count('Bronze'), draft.initialState('Bronze'), draft.state('Bronze')]).to.deep.equal(['Bronze', 0, 'none', 'none']);
    });

    it('checks a new tag when asked, as a change to add', () => {
      const draft = setupDraft();

      draft.addTag('Bronze', 'all');

      expect(draft.changes()).to.deep.equal({ add: ['Bronze'], remove: [] });
    });

    it('starts a new tag asked to be mixed as none, since nobody carries it', () => {
      const draft = setupDraft();

      draft.addTag('Bronze', 'mixed');

      expect(draft.state('Bronze')).to.equal('none');
    });
  });

  describe('renameTag', () => {
    it('keeps the tag in its position under the new name', () => {
      const draft = setupDraft();

      draft.renameTag('Gold', 'Platinum');

      expect(draft.tags).to.deep.equal(['VIP', 'Platinum', 'Silver']);
    });

    it('forgets the old name', () => {
      const draft = setupDraft();

      draft.renameTag('Gold', 'Platinum');

      expect(draft.has('Gold')).to.equal(false);
    });

    it('keeps the count and initial state under the new name', () => {
      const draft = setupDraft();

      draft.renameTag('Gold', 'Platinum');

      expect([draft.count('Platinum'), draft.initialState('Platinum')]).to.deep.equal([2, 'mixed']);
    });

    it('keeps a pending change under the new name', () => {
      const draft = setupDraft();
      draft.cycle('Gold');

      draft.renameTag('Gold', 'Platinum');

      expect(draft.changes()).to.deep.equal({ add: ['Platinum'], remove: [] });
    });

    it('finds the tag to rename case-insensitively', () => {
      const draft = setupDraft();

      draft.renameTag('gold', 'Platinum');

      expect(draft.tags).to.deep.equal(['VIP', 'Platinum', 'Silver']);
    });

    it('takes a new spelling of the same tag (VIP to Vip)', () => {
      const draft = setupDraft();

      draft.renameTag('VIP', 'Vip');

      expect([draft.tags, draft.state('Vip')]).to.deep.equal([['Vip', 'Gold', 'Silver'], 'all']);
    });

    it('ignores a tag it does not hold', () => {
      const draft = setupDraft();

      draft.renameTag('Bronze', 'Copper');

      expect(draft.tags).to.deep.equal(['VIP', 'Gold', 'Silver']);
    });
  });

  describe('removeTag', () => {
    it('drops the tag, case-insensitively', () => {
      const draft = setupDraft();

      draft.removeTag('gold');

      expect(draft.tags).to.deep.equal(['VIP', 'Silver']);
    });

    it('drops a pending change with the tag', () => {
      const draft = setupDraft();
      draft.cycle('Silver');

      draft.removeTag('Silver');

      expect([draft.dirty, draft.changes()]).to.deep.equal([false, { add: [], remove: [] }]);
    });
  });

  describe('addedToEveryone', () => {
    it('is zero before any change', () => {
      expect(setupDraft().addedToEveryone()).to.equal(0);
    });

    it('counts checked tags that no selected customer carried', () => {
      const draft = setupDraft();
      draft.addTag('Bronze', 'all');

      draft.set('Silver', 'all');

      expect(draft.addedToEveryone()).to.equal(2);
    });

    it('does not count a mixed tag moved to all, which some customers already carry', () => {
      const draft = setupDraft();

      draft.set('Gold', 'all');

      expect(draft.addedToEveryone()).to.equal(0);
    });

    it('does not count a tag every customer already carries', () => {
      const draft = setupDraft();
      draft.cycle('VIP');

      draft.cycle('VIP');

      expect(draft.addedToEveryone()).to.equal(0);
    });
  });

  describe('unknown tags', () => {
    it('throws a RangeError for the state of a tag it does not hold', () => {
      expect(() => setupDraft().state('Bronze')).to.throw(RangeError);
    });

    it('throws a RangeError when cycling a tag it does not hold', () => {
      expect(() => setupDraft().cycle('Bronze')).to.throw(RangeError);
    });

    it('throws a RangeError when setting a tag it does not hold', () => {
      expect(() => setupDraft().set('Bronze', 'all')).to.throw(RangeError);
    });

    it('throws a RangeError for the count of a tag it does not hold', () => {
      expect(() => setupDraft().count('Bronze')).to.throw(RangeError);
    });
  });
});

describe('TagDraft keeps tags unique case-insensitively', () => {
  it('keeps the first spelling of a tag given twice', () => {
    expect(new TagDraft(['VIP', 'vip', 'Gold'], { VIP: 1 }, 2).tags).to.deep.equal(['VIP', 'Gold']);
  });

  it('refuses to add a tag it already has', () => {
    const draft = new TagDraft(['VIP'], { VIP: 1 }, 1);
    expect(() => draft.addTag('vip')).to.throw(RangeError);
    expect(draft.count('VIP')).to.equal(1);
  });

  it('refuses to rename a tag onto another one', () => {
    const draft = new TagDraft(['VIP', 'Gold'], {}, 1);
    expect(() => draft.renameTag('Gold', 'vip')).to.throw(RangeError);
    expect(draft.tags).to.deep.equal(['VIP', 'Gold']);
  });

  it('treats names differing only in runs of white space as one tag', () => {
    const draft = new TagDraft(['Tier 1', 'Tier  1'], { 'tier   1': 2 }, 2);
    expect(draft.tags).to.deep.equal(['Tier 1']);
    expect(draft.spelling('Tier\u00a0 1')).to.equal('Tier 1');
    expect(draft.state('Tier 1')).to.equal('all');
    expect(() => draft.addTag('TIER  1')).to.throw(RangeError);
  });
});
