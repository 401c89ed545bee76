import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nonPublicReason, refusal } from '../src/ingest/net-guard.js';
import { fetchUrl } from '../src/ingest/fetch.js';

// The SSRF guard (issue 16): IPv4 embedded in IPv6 (Teredo, 6to4, NAT64) is checked against the private
// ranges; cloud metadata addresses are refused always, --allow-private or not; an address only
// normalised is not called redirected.

test('IPv6 forms that embed a private IPv4 address are refused; public ones pass', () => {
  const refused: Record<string, RegExp> = {
    // Teredo: server 10.0.0.1; client 127.0.0.1 stored inverted (0x80ff:0xfffe).
    '2001:0:a00:1::1': /Teredo address of server 10\.0\.0\.1, a private address/,
    '2001:0:808:808:0:0:80ff:fffe': /Teredo address of client 127\.0\.0\.1, a loopback address/,
    '2002:c0a8:0101::1': /6to4 address of 192\.168\.1\.1, a private address/,
    '64:ff9b::a9fe:a9fe': /NAT64 address of 169\.254\.169\.254, a link-local address/,
    '64:ff9b:1::7f00:1': /local-use NAT64 address of 127\.0\.0\.1, a loopback address/,
  };
  for (const [address, reason] of Object.entries(refused)) assert.match(nonPublicReason(address) ?? 'null', reason, address);
  // Teredo with a public server and a public client (8.8.8.8 inverted: 0xf7f7:0xf7f7).
  assert.equal(nonPublicReason('2001:0:808:808:0:0:f7f7:f7f7'), null);
  assert.equal(nonPublicReason('2002:808:808::1'), null);
});

test('cloud metadata addresses are refused even with --allow-private or on the allow list', () => {
  for (const address of ['169.254.169.254', 'fd00:ec2::254', '[fd00:ec2::254]', '::ffff:169.254.169.254', '64:ff9b::a9fe:a9fe', '169.254.170.2', '100.100.100.200']) {
    assert.match(refusal(address, { allowPrivate: true }) ?? 'null', /cloud metadata address; always refused/, address);
    assert.match(refusal(address, { allowAddresses: [address] }) ?? 'null', /cloud metadata address/, address);
  }
  assert.equal(refusal('10.0.0.1', { allowPrivate: true }), null);
});

test('an address only normalised is reported as normalised, not redirected', async () => {
  await assert.rejects(fetchUrl('http://127.1/feed.xml'), (e: Error) => /normalised to http:\/\/127\.0\.0\.1\/feed\.xml: 127\.0\.0\.1 is a loopback address/.test(e.message) && !/redirected/.test(e.message));
  await assert.rejects(fetchUrl('http://169.254.169.254/latest/meta-data/', { allowPrivate: true }), /cloud metadata address; always refused/);
});
