import { useLitemaasText } from '../../translationText';
import { CodeSnippet } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { useState } from 'react';
import { ChatRequest } from './chatStream';
import { codeSnippet, KEY_VARIABLE, SnippetLanguage } from './codeSnippets';

const LANGUAGES: Array<{
  id: SnippetLanguage;
  label: string;
  highlight: string;
}> = [
  { id: 'curl', label: 'curl', highlight: 'bash' },
  { id: 'python', label: 'Python', highlight: 'python' },
  { id: 'typescript', label: 'TypeScript', highlight: 'typescript' },
];

/** "Copy as code": the request as curl, Python or TypeScript. */
export function CodeDialog(props: {
  open: boolean;
  onClose: () => void;
  gatewayBaseUrl: string;
  request: ChatRequest;
}) {
  const t = useLitemaasText();
  const [language, setLanguage] = useState<SnippetLanguage>('curl');
  const chosen = LANGUAGES.find(l => l.id === language)!;
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="litemaas-playground-code-title"
    >
      <DialogTitle id="litemaas-playground-code-title">
        {t('playground.codeTitle')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          {t('playground.codeHelp', { variable: KEY_VARIABLE })}
        </DialogContentText>
        <Tabs
          value={language}
          onChange={(_, value) => setLanguage(value)}
          indicatorColor="primary"
          aria-label={t('playground.copyAsCode')}
        >
          {LANGUAGES.map(l => (
            <Tab key={l.id} value={l.id} label={l.label} />
          ))}
        </Tabs>
        <CodeSnippet
          language={chosen.highlight}
          text={codeSnippet(language, props.gatewayBaseUrl, props.request)}
          showCopyCodeButton
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('playground.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
