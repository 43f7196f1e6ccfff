import { createWorkspace } from '../../local/emulator';
import { sentMail, setMailDailyLimit } from '../../local/emulator/mail';

// The default clock, 2026-01-05 02:00 UTC, is 2026-01-04 18:00 in California: Google's mail day
// turns at midnight Pacific, 6 hours later (08:00 UTC).
function setup() {
  const ws = createWorkspace();
  const U = ws.globals.Utilities;
  return { ws, MailApp: ws.globals.MailApp, U };
}
const many = (n: number, domain = 'anggota.example') => Array.from({ length: n }, (_, i) => `m${i}@${domain}`).join(',');

describe('MailApp.sendEmail', () => {
  it('records a plain message with the sender and the time', () => {
    const { ws, MailApp } = setup();
    MailApp.sendEmail('siti@anggota.example', 'Setoran diterima', 'Terima kasih.');
    expect(sentMail(ws.runtime)).toEqual([
      { from: 'bendahara@koperasi.example', to: ['siti@anggota.example'], cc: [], bcc: [], subject: 'Setoran diterima', body: 'Terima kasih.', attachments: [], sentAt: Date.parse('2026-01-05T02:00:00Z') },
    ]);
  });

  it('takes the message-object form with cc, bcc, html, name, reply-to and attachments', () => {
    const { ws, MailApp, U } = setup();
    MailApp.sendEmail({
      to: 'siti@anggota.example, Budi <budi@anggota.example>',
      cc: 'ketua@koperasi.example',
      bcc: 'arsip@koperasi.example',
      subject: 'Undangan RAT',
      body: 'Lihat lampiran.',
      htmlBody: '<b>Lihat lampiran.</b>',
      name: 'Koperasi Lumbung',
      replyTo: 'sekretaris@koperasi.example',
      attachments: [U.newBlob('isi', 'text/plain', 'agenda.txt')],
    });
    const [m] = sentMail(ws.runtime);
    expect(m.to).toEqual(['siti@anggota.example', 'budi@anggota.example']);
    expect([m.cc, m.bcc]).toEqual([['ketua@koperasi.example'], ['arsip@koperasi.example']]);
    expect([m.htmlBody, m.name, m.replyTo]).toEqual(['<b>Lihat lampiran.</b>', 'Koperasi Lumbung', 'sekretaris@koperasi.example']);
    expect(m.attachments).toEqual([{ name: 'agenda.txt', contentType: 'text/plain', data: Buffer.from('isi').toString('base64') }]);
  });

  it('takes the (to, subject, body, options) and (to, replyTo, subject, body) forms', () => {
    const { ws, MailApp } = setup();
    MailApp.sendEmail('a@anggota.example', 'S1', 'B1', { noReply: true });
    MailApp.sendEmail('b@anggota.example', 'balas@koperasi.example', 'S2', 'B2');
    const [one, two] = sentMail(ws.runtime);
    expect([one.subject, one.noReply]).toEqual(['S1', true]);
    expect([two.to, two.replyTo, two.subject, two.body]).toEqual([['b@anggota.example'], 'balas@koperasi.example', 'S2', 'B2']);
  });

  it('rejects a malformed address, naming it', () => {
    const { ws, MailApp } = setup();
    expect(() => MailApp.sendEmail('siti@anggota.example,budi-at-anggota', 'x', 'y')).toThrow('Invalid email: budi-at-anggota');
    expect(() => MailApp.sendEmail({ to: 'a@anggota.example', cc: 'bad', subject: 's', body: 'b' })).toThrow('Invalid email: bad');
    expect(sentMail(ws.runtime)).toEqual([]);
  });

  it('allows 50 recipients in one message (to, cc and bcc together) but not 51', () => {
    const { MailApp } = setup();
    expect(() => MailApp.sendEmail({ to: many(30), bcc: many(21, 'b.example'), subject: 's', body: 'b' })).toThrow('Limit Exceeded: Email Recipients Per Message.');
    expect(() => MailApp.sendEmail({ to: many(30), bcc: many(20, 'b.example'), subject: 's', body: 'b' })).not.toThrow();
  });

  it('allows a 200 KB body but not one byte more', () => {
    const { MailApp } = setup();
    expect(() => MailApp.sendEmail('a@anggota.example', 's', 'x'.repeat(200 * 1024 + 1))).toThrow('Limit Exceeded: Email Body Size.');
    expect(() => MailApp.sendEmail('a@anggota.example', 's', 'x'.repeat(200 * 1024))).not.toThrow();
  });

  it('refuses a message without recipients and a call matching no overload', () => {
    const { MailApp } = setup();
    expect(() => MailApp.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow('Failed to send email: no recipient');
    expect(() => (MailApp as any).sendEmail('a@anggota.example', 's')).toThrow("The parameters (String,String) don't match the method signature for MailApp.sendEmail.");
  });
});

describe('MailApp daily recipient quota', () => {
  it('starts at 100 and counts every recipient, cc and bcc included', () => {
    const { MailApp } = setup();
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    MailApp.sendEmail({ to: 'a@anggota.example', cc: 'b@anggota.example', bcc: 'c@anggota.example', subject: 's', body: 'b' });
    expect(MailApp.getRemainingDailyQuota()).toBe(97);
  });

  it('refuses a message that would pass the day\'s quota, sending nothing', () => {
    const { ws, MailApp } = setup();
    MailApp.sendEmail({ to: many(50), subject: 's', body: 'b' });
    MailApp.sendEmail({ to: many(48, 'c.example'), subject: 's', body: 'b' });
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
    expect(() => MailApp.sendEmail({ to: many(3, 'd.example'), subject: 's', body: 'b' })).toThrow('Service invoked too many times for one day: email.');
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
    expect(sentMail(ws.runtime)).toHaveLength(2);
  });

  it('resets at midnight Pacific time, not at midnight in Jakarta', () => {
    const { ws, MailApp } = setup();
    MailApp.sendEmail({ to: many(40), subject: 's', body: 'b' });
    ws.advanceTime(5 * 3600 * 1000 + 59 * 60 * 1000); // 07:59 UTC = 23:59 Pacific, 14:59 Jakarta
    expect(MailApp.getRemainingDailyQuota()).toBe(60);
    ws.advanceTime(60 * 1000); // 08:00 UTC = 00:00 Pacific
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it('can be raised to a Workspace account\'s 1,500', () => {
    const { ws, MailApp } = setup();
    setMailDailyLimit(ws.runtime, 1500);
    MailApp.sendEmail('a@anggota.example', 's', 'b');
    expect(MailApp.getRemainingDailyQuota()).toBe(1499);
  });

  it('keeps sent mail and the used quota across save and reload', () => {
    const { ws, MailApp } = setup();
    MailApp.sendEmail({ to: many(10), subject: 's', body: 'b' });
    const again = createWorkspace({ state: ws.save() });
    expect(again.globals.MailApp.getRemainingDailyQuota()).toBe(90);
    expect(sentMail(again.runtime)).toHaveLength(1);
  });
});

describe('MailApp scopes and counts', () => {
  it('needs script.send_mail to send but no scope to read the quota', () => {
    const ws = createWorkspace({ manifest: { timeZone: 'Asia/Jakarta', oauthScopes: [] } });
    const MailApp = ws.globals.MailApp;
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    expect(() => MailApp.sendEmail('a@anggota.example', 's', 'b')).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
  });

  it('counts one call per message, whatever the number of recipients', () => {
    const { ws, MailApp } = setup();
    ws.resetCallCounts();
    MailApp.sendEmail({ to: many(20), subject: 's', body: 'b' });
    MailApp.getRemainingDailyQuota();
    expect(ws.callCounts()).toEqual({ 'MailApp.getRemainingDailyQuota': 1, 'MailApp.sendEmail': 1 });
  });
});
