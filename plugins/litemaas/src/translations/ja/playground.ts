/** Japanese: words of a model's playground. */
export default {
  'playground.title': 'プレイグラウンド',
  'playground.subtitle':
    '{{model}} をここで試せます。ブラウザーはこのセッション用のキーでゲートウェイを呼び出します。キーはこのモデル専用で、支出は最大 {{budget}}、{{minutes}} 分以内に失効します。',
  'playground.transcript': '会話',
  'playground.emptyTranscript':
    '質問を入力して始めましょう。回答はモデルが書くそばから表示されます。',
  'playground.you': 'あなた',
  'playground.message': 'メッセージ',
  'playground.messageHelp': 'Enter で送信、Shift+Enter で改行します。',
  'playground.send': '送信',
  'playground.stop': '停止',
  'playground.clear': 'チャットを消去',
  'playground.thinking': '最初のトークンを待っています…',
  'playground.stopped': '停止しました',
  'playground.settings': '設定',
  'playground.systemPrompt': 'システムプロンプト',
  'playground.systemPromptHelp': '会話の前にモデルが読む指示です。',
  'playground.temperature': '温度',
  'playground.maxTokens': '最大トークン数',
  'playground.maxTokensHelp': '回答の最大長（トークン、1〜{{max}}）。',
  'playground.answerTokens': '入力 {{prompt}} · 出力 {{completion}}',
  'playground.answerCost': '{{cost}}',
  'playground.totals': 'このセッション: {{tokens}} トークン、約 {{cost}}',
  'playground.copyAsCode': 'コードとしてコピー',
  'playground.codeTitle': 'このリクエストをコードで',
  'playground.codeHelp':
    '「API キー」で作成したご自身のキーを環境変数 {{variable}} に設定して実行してください。セッションのキーは表示されません。',
  'playground.close': '閉じる',
  'playground.session.none':
    'セッションはまだありません。最初のメッセージで始まります。',
  'playground.session.starting': 'セッションを開始しています…',
  'playground.session.active': 'セッションキーの失効: {{when}}',
  'playground.session.end': 'セッションを終了',
  'playground.session.ended': 'セッションを終了し、キーを無効にしました。',
  'playground.errors.start': 'セッションを開始できませんでした',
  'playground.errors.expired':
    'このセッションのキーは失効しました。もう一度送信すると新しいセッションが始まります。',
  'playground.errors.budget':
    'このセッションの予算を使い切りました。もう一度送信すると新しいセッションが始まります。',
  'playground.errors.rateLimited':
    'このセッションのリクエストが多すぎます。1 分お待ちください。',
  'playground.errors.gateway':
    'ゲートウェイがリクエストを拒否しました（{{status}}）',
  'playground.errors.network':
    '{{url}} のゲートウェイに接続できませんでした。このポータルからのリクエストを許可する必要があります（CORS）。',
  'playground.noAccess': 'ここで試すには {{model}} へのアクセスが必要です。',
  'playground.off': 'このポータルではプレイグラウンドは無効です。',
  'playground.componentHint':
    '任意: セッションの費用はこのコンポーネント、システム、ドメインに計上されます。',
  'playground.componentLocked':
    '次のセッションを別のコンポーネントに紐づけるには、このセッションを終了してください。',
};
