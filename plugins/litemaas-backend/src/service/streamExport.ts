import { Response } from 'express';

/** A CSV cell, quoted when it must be; formula-like text is defused. */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Streams rows as a CSV or JSON download. Reading the first row checks the
 * query before any byte is sent, so bad input still gets a 4xx. A client
 * slower than the database is waited for, so a large export never piles up
 * in memory; a client that leaves stops the reading, which releases the
 * database.
 */
export async function streamExport<T extends object>(
  res: Response,
  rows: AsyncGenerator<T>,
  options: {
    format: 'csv' | 'json';
    filename: string;
    columns: readonly string[];
    /** A row's CSV cell for a column; the field as it is by default. */
    cell?(row: T, column: string): unknown;
  },
): Promise<void> {
  const { format, columns } = options;
  const cell =
    options.cell ??
    ((row: T, column: string) => (row as Record<string, unknown>)[column]);
  // Listening before the first read: a client may leave during it.
  let closed = false;
  let wake: (() => void) | undefined;
  res.on('close', () => {
    closed = true;
    wake?.();
  });
  const first = await rows.next();
  if (closed || res.destroyed) {
    await rows.return(undefined);
    return;
  }
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${options.filename}"`,
  );
  // 'drain' never comes for a client that went away while we waited, so
  // its leaving wakes us too, or the database cursor would be held for ever.
  const send = async (chunk: string) => {
    if (!res.write(chunk) && !closed && !res.destroyed) {
      await new Promise<void>(resolve => {
        wake = resolve;
        res.once('drain', resolve);
      });
      if (wake) res.off('drain', wake);
      wake = undefined;
    }
  };
  const line =
    format === 'json'
      ? (row: T, index: number) => `${index ? ',\n' : ''}${JSON.stringify(row)}`
      : (row: T) => `${columns.map(c => csvCell(cell(row, c))).join(',')}\n`;
  res.type(format === 'json' ? 'application/json' : 'text/csv');
  await send(format === 'json' ? '[' : `${columns.join(',')}\n`);
  let index = 0;
  for (let r = first; !r.done; r = await rows.next()) {
    if (closed) {
      await rows.return(undefined);
      return;
    }
    await send(line(r.value, index++));
  }
  res.end(format === 'json' ? ']\n' : undefined);
}
