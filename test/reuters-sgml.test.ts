import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSgmlText, parseReutersSgml, reutersDateToIso } from '../src/ingest/reuters-sgml.js';

// A handmade file in the Reuters-21578 layout: a DOCTYPE, then stories of each TEXT type.
const SGML = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="900" NEWID="7">
<DATE> 4-MAR-1987 09:30:00.00</DATE>
<TOPICS><D>grain</D></TOPICS>
<PLACES><D>usa</D></PLACES>
<UNKNOWN>&#5;&#5;&#5;G
&#22;&#22;&#1;f0001&#31;reute
u f BC-TEST   03-04 0050</UNKNOWN>
<TEXT>&#2;
<TITLE>SMITH &amp; JONES SAYS Q1 &lt;SJC&gt; UP</TITLE>
<DATELINE>    PEORIA, Ill., March 4 - </DATELINE><BODY>Smith &amp; Jones Co &lt;SJC> said
first-quarter sales rose &#127;five pct.
    The company gave no figures.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="901" NEWID="8">
<DATE>5-MAR-1987 10:00:01.20 noise</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>A ONE-LINE NOTE
</TITLE>Blah blah blah.
&#3;

</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="9">
<DATE>6-MAR-1987 11:00:00.00</DATE>
<TEXT TYPE="UNPROC">&#2;
WEEKLY TABLE - MAR 6
 Line one.......1.0
&#3;</TEXT>
</REUTERS>
<REUTERS NEWID="10">
<DATE>7-MAR-1987 12:00:00.00</DATE>
<TEXT><TITLE>CUT OFF</TITLE><BODY>The file ends here`;

test('reads each story with its fields, entities decoded and control characters removed', () => {
  const stories = parseReutersSgml(SGML);
  assert.equal(stories.length, 4);
  const [first, brief, unproc, truncated] = stories;
  assert.deepEqual(first, {
    newid: '7',
    date: '4-MAR-1987 09:30:00.00',
    title: 'SMITH & JONES SAYS Q1 <SJC> UP',
    dateline: '    PEORIA, Ill., March 4 - ',
    body: 'Smith & Jones Co <SJC> said\nfirst-quarter sales rose five pct.\n    The company gave no figures.\n Reuter\n',
    textType: 'NORM',
  });
  assert.equal(brief!.textType, 'BRIEF');
  assert.equal(brief!.title, 'A ONE-LINE NOTE\n');
  assert.equal(brief!.dateline, '');
  assert.equal(brief!.body, '', 'a brief story is its title');
  assert.equal(unproc!.textType, 'UNPROC');
  assert.equal(unproc!.body, '\nWEEKLY TABLE - MAR 6\n Line one.......1.0\n', 'an unprocessed story keeps the text of <TEXT>');
  assert.equal(truncated!.newid, '10');
  assert.equal(truncated!.title, 'CUT OFF');
  assert.equal(truncated!.body, 'The file ends here', 'an unclosed story runs to the end of the text');
});

test('decodes character references', () => {
  assert.equal(decodeSgmlText('a &lt;b&gt; &amp;amp; &quot;c&quot; &#65;&#x42; AT&T'), 'a <b> &amp; "c" AB AT&T');
  assert.equal(decodeSgmlText('end&#3;\u0001 tab\tkept\r\n'), 'end tab\tkept\r\n');
});

test('converts a <DATE> to an ISO day', () => {
  assert.equal(reutersDateToIso('26-FEB-1987 15:01:01.79'), '1987-02-26');
  assert.equal(reutersDateToIso('  3-MAR-1987 00:43:42.82'), '1987-03-03');
  assert.equal(reutersDateToIso('5-mar-1987 10:00:01.20 noise'), '1987-03-05');
  assert.equal(reutersDateToIso('31-FEB-1987 10:00:00.00'), null);
  assert.equal(reutersDateToIso('FEB 1987'), null);
});
