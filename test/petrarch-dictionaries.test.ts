import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  actorCodeOn,
  composeAgentCode,
  parseDictionaryDate,
  phraseKey,
  readActorDictionary,
  readAgentDictionary,
  readDiscardDictionary,
  readVerbDictionary,
  regularVerbForms,
  type ActorDictionary,
  type ActorEntry,
  type PatternElement,
  type VerbDictionary,
} from '../src/dictionaries/petrarch/index.js';

// ---------------------------------------------------------------------------------------------------------
// Handmade fixtures (fictional names)

const ACTORS = [
  '<!-- Fictional actors for the reader tests',
  '# a hash line inside the block comment -->',
  '# a comment line',
  'ZORBIA [ZRB]',
  '+ZORBIAN',
  '+zorbian_people   # lower case, trailing comment',
  'REPUBLIC OF   ZORBIA_ \t [ZRB]   ; legacy semicolon comment',
  'QUILLAN_HARBOR  [QLNGOV] <!-- inline comment --> ',
  '',
  'MARGO_VELLIN # rebel turned president',
  '+PRESIDENT_VELLIN',
  '\t[ZRBREB <19991231]',
  '\t[ZRBGOV 20010101-051231]',
  '\t[ZRBELI > 060101]',
  '\t[ZRBOPP]',
  'ODD_FELLOW [ODD]',
  '\t[ODDGOV 2000-2001]',
  '\t[ODDMIL 20030230-20040101]',
  '\t[ODDREB 20050101-20040101]',
  '\t[19990101-20000101]',
  'BROKEN_ENTRY [ZRB',
  '+',
  'OLD_NAME_OF_GLIM',
  '+ALIAS_OF_GLIM',
  'GLIM_ISLANDS [GLM]',
  'TWIN_STAR {TWIN_STARS TWINNED_STAR} [TWS]',
  'DUSKWALL',
  '  [DSK >20100101]',
  '---STOP---',
  'NEVER_READ [NVR]',
].join('\n');

function actor(d: ActorDictionary, key: string): ActorEntry {
  const e = d.entries.find((x) => phraseKey(x.phrase) === key);
  assert.ok(e, `actor ${key} not found`);
  return e;
}

test('actors: entries, synonyms, comments, case and spacing', () => {
  const d = readActorDictionary(ACTORS, 'fixture.actors.txt');
  const zorbia = actor(d, 'ZORBIA');
  assert.deepEqual(zorbia.codes.map((c) => c.code), ['ZRB']);
  assert.deepEqual(zorbia.synonyms.map((s) => phraseKey(s.phrase)), ['ZORBIAN', 'ZORBIAN PEOPLE']);
  assert.equal(zorbia.line, 4);

  const republic = actor(d, 'REPUBLIC OF ZORBIA');
  assert.equal(republic.phrase.wholeWord, true);
  assert.deepEqual(republic.phrase.joins, [' ', ' ']);
  assert.deepEqual(republic.codes.map((c) => c.code), ['ZRB']);

  assert.deepEqual(actor(d, 'QUILLAN HARBOR').codes.map((c) => c.code), ['QLNGOV']);
  assert.deepEqual(actor(d, 'QUILLAN HARBOR').phrase.joins, ['_']);
  // `{}` alternate forms read as synonyms
  assert.deepEqual(actor(d, 'TWIN STAR').synonyms.map((s) => phraseKey(s.phrase)), ['TWIN STARS', 'TWINNED STAR']);
  // A code-less primary phrase shares the next entry's codes (PETRARCH's behaviour).
  const glim = actor(d, 'OLD NAME OF GLIM');
  assert.deepEqual(glim.synonyms.map((s) => phraseKey(s.phrase)), ['ALIAS OF GLIM', 'GLIM ISLANDS']);
  assert.deepEqual(glim.codes.map((c) => c.code), ['GLM']);
  // Nothing after ---STOP--- and nothing from inside comments.
  assert.equal(d.entries.some((e) => phraseKey(e.phrase) === 'NEVER READ'), false);
  assert.equal(d.entries.some((e) => e.phrase.words.includes('FICTIONAL')), false);
});

test('actors: date restrictions and actorCodeOn', () => {
  const d = readActorDictionary(ACTORS, 'fixture.actors.txt');
  const margo = actor(d, 'MARGO VELLIN');
  assert.deepEqual(margo.synonyms.map((s) => phraseKey(s.phrase)), ['PRESIDENT VELLIN']);
  assert.deepEqual(
    margo.codes.map((c) => [c.code, c.restriction]),
    [
      ['ZRBREB', { kind: 'before', date: '1999-12-31' }],
      ['ZRBGOV', { kind: 'between', from: '2001-01-01', to: '2005-12-31' }], // YYMMDD 051231 = 2005
      ['ZRBELI', { kind: 'after', date: '2006-01-01' }],
      ['ZRBOPP', undefined],
    ],
  );
  assert.equal(actorCodeOn(margo, '1999-12-31'), 'ZRBREB'); // limits are inclusive
  assert.equal(actorCodeOn(margo, '2000-06-15'), 'ZRBOPP'); // in no restriction: the default
  assert.equal(actorCodeOn(margo, '20030303'), 'ZRBGOV');
  assert.equal(actorCodeOn(margo, '2005-12-31'), 'ZRBGOV');
  assert.equal(actorCodeOn(margo, '2006-01-01'), 'ZRBELI');
  assert.equal(actorCodeOn(actor(d, 'DUSKWALL'), '2009-01-01'), undefined);
  assert.equal(actorCodeOn(actor(d, 'DUSKWALL'), '2011-01-01'), 'DSK');
  assert.throws(() => actorCodeOn(margo, 'yesterday'), RangeError);

  assert.deepEqual(parseDictionaryDate('300101'), { iso: '2030-01-01' });
  assert.deepEqual(parseDictionaryDate('310101'), { iso: '1931-01-01' });
});

test('actors: malformed lines become warnings naming file and line', () => {
  const d = readActorDictionary(ACTORS, 'fixture.actors.txt');
  const byLine = new Map<number, string>();
  for (const w of d.warnings) byLine.set(w.line, `${byLine.get(w.line) ?? ''} ${w.message}`);
  for (const w of d.warnings) assert.equal(w.file, 'fixture.actors.txt');
  assert.match(byLine.get(17) ?? '', /4 digits/); // [ODDGOV 2000-2001]
  assert.match(byLine.get(18) ?? '', /not a calendar date/); // 30 February
  assert.match(byLine.get(19) ?? '', /before start/);
  assert.match(byLine.get(20) ?? '', /code missing/);
  assert.match(byLine.get(21) ?? '', /without "\]"/); // BROKEN_ENTRY [ZRB
  assert.match(byLine.get(21) ?? '', /has no code/);
  // ... and the code-less entry after it is not folded into the broken one
  assert.deepEqual(actor(d, 'BROKEN ENTRY').synonyms, []);
  assert.match(byLine.get(22) ?? '', /no phrase/); // a lone "+"
  assert.deepEqual(actor(d, 'ODD FELLOW').codes.map((c) => c.code), ['ODD']);
  // Unclosed comment at the end of a file
  const u = readActorDictionary('ALPHA [AAA]\n<!-- never closed\nBETA [BBB]\n', 'u.txt');
  assert.deepEqual(u.entries.map((e) => phraseKey(e.phrase)), ['ALPHA']);
  assert.deepEqual(u.warnings.map((w) => w.line), [2]);
});

const AGENTS = [
  '# Fictional agents',
  '!FOLK! = MAN, MEN, WOMAN , WOMEN',
  'SENATE!FOLK! [~LEG]',
  '!FOLK!_OF_THE_GLADE [~ENV]',
  'TROOPER [~MIL]',
  'DEPUTY [~GOV]',
  'ATTORNEY [~JUD]',
  'WITNESS [~CVL]',
  'GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]',
  'POLICE {} [ ~COP]',
  'AID SOCIETY [NGO~]',
  'BARE_PHRASE',
  '!NOPE!_CLERK [~GOV]',
  'EMPTY_CODE [~]',
  'TYPO_BRACE [~TYP}',
  '!GUILD! = SMITH, SMITHS',
].join('\n');

test('agents: codes, composition, plurals, substitution sets', () => {
  const d = readAgentDictionary(AGENTS, 'fixture.agents.txt');
  const get = (k: string) => {
    const e = d.entries.find((x) => phraseKey(x.phrase) === k);
    assert.ok(e, `agent ${k} not found`);
    return e;
  };
  assert.deepEqual(
    d.substitutions.map((s) => [s.name, s.values]),
    [
      ['FOLK', ['MAN', 'MEN', 'WOMAN', 'WOMEN']],
      ['GUILD', ['SMITH', 'SMITHS']],
    ],
  );
  const senate = d.entries.filter((e) => e.substitution?.marker === 'FOLK' && e.code === 'LEG');
  assert.deepEqual(senate.map((e) => e.phrase.text), ['SENATEMAN', 'SENATEMEN', 'SENATEWOMAN', 'SENATEWOMEN']);
  assert.ok(senate.every((e) => e.plurals.length === 0 && e.pluralSource === 'substitution'));
  assert.equal(get('WOMEN OF THE GLADE').code, 'ENV');

  const trooper = get('TROOPER');
  assert.equal(trooper.attach, 'suffix');
  assert.equal(composeAgentCode('ZRB', trooper), 'ZRBMIL');
  assert.deepEqual(trooper.plurals.map((p) => p.text), ['TROOPERS']);
  assert.deepEqual(get('DEPUTY').plurals.map((p) => p.text), ['DEPUTIES']);
  assert.deepEqual(get('ATTORNEY').plurals.map((p) => p.text), ['ATTORNEYS']);
  assert.deepEqual(get('WITNESS').plurals.map((p) => p.text), ['WITNESSES']);
  assert.deepEqual(get('GOLDEN GOOSE').plurals.map((p) => p.text), ['GOLDEN_GEESE']);
  assert.equal(get('GOLDEN GOOSE').pluralSource, 'explicit');
  assert.deepEqual(get('POLICE').plurals, []);
  assert.equal(get('POLICE').code, 'COP');
  const aid = get('AID SOCIETY');
  assert.equal(aid.attach, 'prefix');
  assert.deepEqual(aid.phrase.joins, [' ']);
  assert.equal(composeAgentCode('ZRB', aid), 'NGOZRB');
  assert.deepEqual(aid.plurals.map((p) => p.text), ['AID SOCIETIES']);
  assert.equal(get('TYPO BRACE').code, 'TYP');

  const lines = d.warnings.map((w) => w.line);
  assert.deepEqual(lines, [12, 13, 14, 15]);
  assert.ok(d.warnings.every((w) => w.file === 'fixture.agents.txt'));
});

const VERBS = [
  '# Fictional verbs dictionary',
  '&COIN',
  '+GROAT',
  '+FLORIN_      # no plural for this member',
  '+SILVER PENNY',
  '&GLUE_        # no plurals for this set',
  '+STUCK',
  '+&COIN',
  '&BIG_OF_WORDS',
  '+HUGE',
  '',
  '--- PLEDGE [050] ---',
  'PLEDGE',
  'VOW {VOWS VOWED VOWING} [051]',
  '+HAND_OVER {+HANDED_OVER +HANDS_OVER}',
  'WIRE_+TAP',
  'BURY {}',
  '- * &COIN [071]  # synset',
  '- $ * + (IN {GREAT HALL}) [0512]',
  '- % * TREATY  [057:057]',
  '- + WAS_* BY_ $ [---]',
  '- * ^ TO + [:173]',
  '- * &BIG_OF_WORDS [0874]',
  '- * &COIN_BAGS [072]',
  '- * OFF_ [013]',
  '- * (UNCLOSED [999]',
  '- * A | B [999]',
  '- NO VERB HERE [999]',
  '- * &MISSING [099]',
  '- * NO CODE',
  '',
  '---  GRUMBLE   ---',
  'GRUMBLE',
  '~ a (a b STRIKE) SAY = a b 138',
  '~ broken',
].join('\n');

function words(els: PatternElement[]): string {
  return els
    .map((e) => {
      const sep = e.adjacent ? '_' : ' ';
      switch (e.kind) {
        case 'word':
          return sep + e.word + (e.wholeWord ? '.' : '');
        case 'synset':
          return sep + '&' + e.name;
        case 'nounPhrase':
          return sep + '{' + words(e.elements).trim() + '}';
        case 'prepPhrase':
          return sep + '(' + words(e.elements).trim() + ')';
        default:
          return sep + { verb: '*', source: '$', target: '+', compound: '%', skip: '^' }[e.kind];
      }
    })
    .join('');
}

test('verbs: synsets, blocks, verb forms', () => {
  const d: VerbDictionary = readVerbDictionary(VERBS, 'fixture.verbs.txt');
  const coin = d.synsets['COIN'];
  assert.ok(coin);
  assert.equal(coin.plurals, true);
  assert.deepEqual(coin.members.map((m) => [m.phrase?.text, m.plural?.text]), [
    ['GROAT', 'GROATS'],
    ['FLORIN_', undefined],
    ['SILVER PENNY', 'SILVER PENNIES'],
  ]);
  const glue = d.synsets['GLUE'];
  assert.ok(glue);
  assert.equal(glue.plurals, false);
  assert.deepEqual(glue.members.map((m) => m.synset ?? m.phrase?.text), ['STUCK', 'COIN']);
  assert.ok(d.synsets['BIG_OF_WORDS']);

  assert.deepEqual(d.blocks.map((b) => [b.name, b.code]), [['PLEDGE', '050'], ['GRUMBLE', '---']]);
  const [pledge, vow, handOver, wiretap, bury] = d.blocks[0]?.verbs ?? [];
  assert.ok(pledge && vow && handOver && wiretap && bury);
  assert.equal(pledge.formSource, 'regular');
  assert.deepEqual(pledge.forms.map((f) => f.text), ['PLEDGES', 'PLEDGED', 'PLEDGING']);
  assert.equal(pledge.code, undefined);
  assert.deepEqual(vow.forms.map((f) => f.text), ['VOWS', 'VOWED', 'VOWING']);
  assert.equal(vow.code, '051');
  assert.deepEqual([handOver.phrase.text, handOver.verbWord], ['HAND_OVER', 0]);
  assert.deepEqual(handOver.forms.map((f) => f.text), ['HANDED_OVER', 'HANDS_OVER']);
  assert.deepEqual([wiretap.phrase.text, wiretap.verbWord], ['WIRE_TAP', 1]);
  assert.deepEqual(wiretap.forms.map((f) => f.text), ['WIRE_TAPS', 'WIRE_TAPED', 'WIRE_TAPING']); // no consonant doubling: irregular spellings go in {}
  assert.deepEqual(bury.forms, []);
  assert.deepEqual(regularVerbForms('CARRY'), ['CARRIES', 'CARRIED', 'CARRYING']);
  assert.deepEqual(regularVerbForms('TIE'), ['TIES', 'TIED', 'TYING']);
});

test('verbs: patterns as typed elements with string codes', () => {
  const d = readVerbDictionary(VERBS, 'fixture.verbs.txt');
  const patterns = d.blocks[0]?.patterns ?? [];
  assert.deepEqual(
    patterns.map((p) => [words(p.elements).trim(), p.code]),
    [
      ['* &COIN', '071'],
      ['$ * + (IN {GREAT HALL})', '0512'],
      ['% * TREATY', '057:057'],
      ['+ WAS_* BY. $', '---'],
      ['* ^ TO +', ':173'],
      ['* &BIG_OF_WORDS', '0874'],
      ['* &COIN_BAGS', '072'],
      ['* OFF.', '013'],
      ['* &MISSING', '099'],
    ],
  );
  assert.equal(d.patternCount, 9);
  assert.ok(patterns.every((p) => typeof p.code === 'string'));
  assert.equal(patterns[1]?.line, 19);
  assert.equal(patterns[1]?.text, '$ * + (IN {GREAT HALL})');

  assert.deepEqual(d.transformations.map((t) => [t.source, t.inner, t.verb, t.result]), [
    ['a', { source: 'a', target: 'b', verb: 'STRIKE' }, 'SAY', { source: 'a', target: 'b', code: '138' }],
  ]);
  const w = d.warnings.map((x) => [x.line, x.message]);
  assert.deepEqual(w.map(([l]) => l), [26, 27, 28, 29, 30, 35]);
  assert.match(String(w[0]?.[1]), /never closed/);
  assert.match(String(w[1]?.[1]), /disjunction/);
  assert.match(String(w[2]?.[1]), /no verb position/);
  assert.match(String(w[3]?.[1]), /&MISSING is not defined/);
  assert.match(String(w[4]?.[1]), /no \[code\]/);
  assert.ok(d.warnings.every((x) => x.file === 'fixture.verbs.txt'));
});

test('discards: story and sentence level', () => {
  const d = readDiscardDictionary(
    ['# Story-level discards start with "+"', '+GRAND_REGATTA', 'chess match   # sentence', 'MARATHON_', '+', '[junk]'].join('\n'),
    'fixture.discards.txt',
  );
  assert.deepEqual(
    d.entries.map((e) => [phraseKey(e.phrase), e.scope, e.phrase.wholeWord]),
    [
      ['GRAND REGATTA', 'story', false],
      ['CHESS MATCH', 'sentence', false],
      ['MARATHON', 'sentence', true],
    ],
  );
  assert.deepEqual(d.warnings.map((w) => [w.file, w.line]), [
    ['fixture.discards.txt', 5],
    ['fixture.discards.txt', 6],
  ]);
});

test('readers never throw on hostile input', () => {
  const junk = ['[', ']', '{', '}', '+', '&', '---', '- ', '~', '!', '!X! =', '<!--', '\u0000', '- * ((( [1]', '[A <]', 'A {B [C]'].join('\n');
  for (const read of [readActorDictionary, readAgentDictionary, readVerbDictionary, readDiscardDictionary]) {
    const r = read(junk, 'junk.txt');
    assert.ok(Array.isArray(r.warnings));
  }
});

// ---------------------------------------------------------------------------------------------------------
// The real dictionaries in ../shared (skipped on a bare clone)

const shared = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data');
const skip = existsSync(shared) ? false : 'no ../shared/data';
const read = (rel: string) => readFileSync(join(shared, rel), 'utf8');

test('real: CAMEO.2.0 verbs', { skip }, () => {
  const text = read('phoenix-dictionaries/CAMEO.2.0.txt');
  const d = readVerbDictionary(text, 'CAMEO.2.0.txt');
  const patternLines = text.split(/\r?\n/).filter((l) => /^\s*-(?!--)/.test(l)).length;
  assert.equal(patternLines, 4668);
  const skipped = d.warnings.filter((w) => /cannot read pattern|has no \[code\]/.test(w.message)).length;
  assert.equal(d.patternCount + skipped, patternLines);
  assert.ok(d.patternCount >= 4660, `${d.patternCount} patterns`);
  console.log(`CAMEO.2.0.txt: ${d.patternCount} patterns, ${d.blocks.length} blocks, ${d.warnings.length} warnings`);
  const ask = d.blocks.find((b) => b.name === 'ASK');
  assert.ok(ask);
  assert.equal(ask.verbs.find((v) => v.phrase.text === 'ASK')?.code, '020');
  const p = ask.patterns.find((x) => x.text === '* (FOR {FIGHTER &AIRCRAFT})');
  assert.ok(p);
  assert.equal(p.code, '0232');
  assert.equal(words(p.elements).trim(), '* (FOR {FIGHTER &AIRCRAFT})');
  assert.ok(d.synsets['CURRENCY']?.members.length);
  assert.ok(d.transformations.length >= 8);
  const codes = d.blocks.flatMap((b) => b.patterns.map((x) => x.code));
  assert.ok(codes.includes('0874') && codes.includes('042:043') && codes.includes(':173'));
});

test('real: actor dictionaries and date-dependent codes', { skip }, () => {
  for (const f of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
    const d = readActorDictionary(read(`phoenix-dictionaries/${f}`), f);
    assert.ok(d.entries.length > 500, f);
    assert.ok(d.warnings.length < 20, `${f}: ${d.warnings.length} warnings`);
    console.log(`${f}: ${d.entries.length} actors, ${d.warnings.length} warnings`);
  }
  const v = readActorDictionary(read('petrarch-validation/PETR.Validate.actors.txt'), 'PETR.Validate.actors.txt');
  const sam = actor(v, 'SAM GAMGEE');
  assert.equal(actorCodeOn(sam, '2007-06-01'), 'HOBCIV');
  assert.equal(actorCodeOn(sam, '2010-01-10'), 'ORCHOB'); // the earlier restriction wins over the overlapping one
  assert.equal(actorCodeOn(sam, '2011-01-10'), 'HOBMIL');
  assert.equal(actorCodeOn(sam, '2014-01-01'), 'HOBELI');
  const gollum = actor(v, 'GOLLUM');
  assert.deepEqual(gollum.synonyms.map((s) => phraseKey(s.phrase)), ['SMEAGOL', 'SLINKER', 'STINKER']);
  assert.equal(actorCodeOn(gollum, '1995-01-01'), 'HOB');
  assert.equal(actorCodeOn(gollum, '1997-01-01'), 'HOBGOV');
  assert.equal(actorCodeOn(gollum, '2001-01-01'), 'HOBREB');
  assert.equal(actorCodeOn(actor(v, 'ZIMBABWE'), '1975-01-01'), 'RHO');
  assert.equal(actorCodeOn(actor(v, 'ZIMBABWE'), '1985-01-01'), 'ZBW');
  assert.equal(actor(v, 'PALESTINIAN').codes[0]?.code, 'pse'); // codes kept as written

  const c = readActorDictionary(read('phoenix-dictionaries/Phoenix.Countries.actors.txt'), 'Phoenix.Countries.actors.txt');
  const dated = c.entries.find((e) => new Set(e.codes.filter((x) => x.restriction).map((x) => x.code)).size >= 2);
  assert.ok(dated);
  const dates = dated.codes.flatMap((x) =>
    x.restriction?.kind === 'between' ? [x.restriction.from] : x.restriction ? [x.restriction.date] : [],
  );
  const resolved = new Set(dates.map((d) => actorCodeOn(dated, d)));
  assert.ok(resolved.size >= 2, `${phraseKey(dated.phrase)} resolves to one code on every date`);
});

test('real: agents and discards', { skip }, () => {
  const a = readAgentDictionary(read('phoenix-dictionaries/Phoenix.agents.txt'), 'Phoenix.agents.txt');
  assert.ok(a.entries.length > 2000);
  assert.ok(a.warnings.length < 10);
  console.log(`Phoenix.agents.txt: ${a.entries.length} agents, ${a.warnings.length} warnings`);
  const congress = a.entries.find((e) => e.phrase.text === 'CONGRESSMAN' || e.phrase.text === 'CONGRESSWOMEN');
  assert.ok(congress);
  const v = readAgentDictionary(read('petrarch-validation/PETR.Validate.agents.txt'), 'PETR.Validate.agents.txt');
  assert.equal(v.warnings.length, 0);
  assert.deepEqual(
    v.entries.filter((e) => e.substitution?.marker === 'PERSON').map((e) => e.phrase.text),
    ['CONGRESSMAN', 'CONGRESSMEN', 'CONGRESSWOMAN', 'CONGRESSWOMEN', 'CONGRESSPERSON'],
  );
  assert.deepEqual(
    v.entries.filter((e) => e.phrase.text === 'CONGRESS').map((e) => e.plurals.map((p) => p.text)),
    [['CONGRESSES']],
  );
  const troops = v.entries.find((e) => e.phrase.text === 'TROOPS');
  assert.ok(troops);
  assert.equal(composeAgentCode('ISR', troops), 'ISRMIL');
  assert.equal(v.entries.find((e) => e.phrase.text === 'MSF')?.attach, 'prefix');

  const d = readDiscardDictionary(read('phoenix-dictionaries/Phoenix.discards.txt'), 'Phoenix.discards.txt');
  assert.ok(d.entries.length > 400);
  assert.ok(d.entries.some((e) => e.scope === 'story') && d.entries.some((e) => e.scope === 'sentence'));
  const vd = readDiscardDictionary(read('petrarch-validation/PETR.Validate.discards.txt'), 'PETR.Validate.discards.txt');
  assert.deepEqual(vd.entries.filter((e) => e.scope === 'story').map((e) => phraseKey(e.phrase)), [
    'WORLD GOLF CHAMPIONSHIPS',
    'MANCHESTER UNITED',
    'TYPHOON',
    'ESPN2',
  ]);
  const vv = readVerbDictionary(read('petrarch-validation/PETR.Validate.verbs.txt'), 'PETR.Validate.verbs.txt');
  assert.ok(vv.patternCount > 400);
  assert.deepEqual(vv.synsets['ACCORDSYN']?.members.map((m) => m.synset ?? m.phrase?.text), ['TIETYPES', 'CLOSER', 'NEARER', 'CURRENCY']);
});
