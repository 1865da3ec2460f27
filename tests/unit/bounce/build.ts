/** Builds raw test messages the way mail servers write them. */

/** Joins header lines and a body with CRLF, as on the wire. */
export function eml(headers: string[], body: string): string {
  return [...headers, '', body].join('\r\n').replace(/(?<!\r)\n/g, '\r\n');
}

/** A multipart/report (RFC 6522) with a text part, a delivery-status part and the returned headers. */
export function deliveryReport(opts: { from?: string; subject?: string; text: string; status: string; original?: string }): string {
  const boundary = 'b0undary.2026';
  return eml(
    [
      `From: ${opts.from ?? 'Mail Delivery System <MAILER-DAEMON@mx.example.net>'}`,
      'To: sender@example.com',
      `Subject: ${opts.subject ?? 'Undelivered Mail Returned to Sender'}`,
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    ],
    [
      `--${boundary}`,
      'Content-Type: text/plain; charset=us-ascii',
      '',
      opts.text,
      `--${boundary}`,
      'Content-Type: message/delivery-status',
      '',
      opts.status,
      `--${boundary}`,
      'Content-Type: text/rfc822-headers',
      '',
      opts.original ?? 'From: sender@example.com\nTo: someone@example.org\nSubject: Hello\n',
      `--${boundary}--`,
      '',
    ].join('\n'),
  );
}
