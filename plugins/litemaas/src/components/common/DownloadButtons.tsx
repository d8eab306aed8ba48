import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import GetAppIcon from '@material-ui/icons/GetApp';
import { errorMessage } from './errors';

/** The formats the backend streams its exports in. */
export type DownloadFormat = 'csv' | 'json';

const FORMATS: DownloadFormat[] = ['csv', 'json'];

/**
 * Has the browser download a URL: the server names the file, and streams it
 * straight to disk rather than into the page's memory.
 */
export function startDownload(url: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/**
 * "Export CSV" and "Export JSON" for a backend export: asks for the URL
 * (which checks the query first), then has the browser download it; a
 * refusal is an alert, and the page stays.
 */
export function DownloadButtons(props: {
  exportUrl(format: DownloadFormat): Promise<string>;
  /** The button's words for a format ("CSV", "JSON"). */
  label(format: string): string;
  /** The alert's words when asking for the URL failed. */
  failed(format: string, error: string): string;
  disabled?: boolean;
  /** How the browser is sent to the URL (a hidden link by default). */
  download?(url: string): void;
}) {
  const alertApi = useApi(alertApiRef);
  const [busy, setBusy] = useState<DownloadFormat>();
  const send = props.download ?? startDownload;

  const download = async (format: DownloadFormat) => {
    setBusy(format);
    const name = format.toLocaleUpperCase('en-US');
    try {
      send(await props.exportUrl(format));
    } catch (e) {
      alertApi.post({
        message: props.failed(name, errorMessage(e)),
        severity: 'error',
      });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      {FORMATS.map(format => (
        <Button
          key={format}
          variant="outlined"
          size="small"
          startIcon={
            busy === format ? <CircularProgress size={16} /> : <GetAppIcon />
          }
          disabled={props.disabled || busy !== undefined}
          onClick={() => download(format)}
        >
          {props.label(format.toLocaleUpperCase('en-US'))}
        </Button>
      ))}
    </>
  );
}
