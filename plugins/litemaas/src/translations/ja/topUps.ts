/** Japanese: words of budget top-ups, on the keys, usage and Review pages. */
export default {
  'topUps.ask': '予算の追加を依頼',
  'topUps.askLabel': '{{name}} の予算の追加を依頼',
  'topUps.pending': '{{amount}} の追加が承認待ち',
  'topUps.applying': '{{amount}} の追加を適用中',
  'topUps.active': '+{{amount}} ({{date}} まで)',
  'topUps.ending': '+{{amount}} を元に戻し中',
  'topUps.cancel': '取り下げ',
  'topUps.cancelLabel': '{{name}} の予算追加を取り下げ',
  'topUps.cancelled': '{{name}} の予算追加を取り下げました。',
  'topUps.cancelFailed':
    '{{name}} の予算追加を取り下げられませんでした: {{error}}',
  'topUps.loadWhat': '予算の追加',
  'topUps.status.pending': '承認待ち',
  'topUps.status.applying': '適用中',
  'topUps.status.active': '実施中',
  'topUps.status.ending': '終了処理中',
  'topUps.status.ended': '終了',
  'topUps.status.denied': '却下',
  'topUps.status.cancelled': '取り下げ済み',
  'topUps.dialog.title': '{{name}} の予算を追加',
  'topUps.dialog.intro':
    'アクセス申請と同じく、管理者またはキーのモデルの所有者が判断します。結果は通知されます。',
  'topUps.dialog.amount': '金額 (USD)',
  'topUps.dialog.amountHelp': '現在の予算 {{budget}} に加算されます',
  'topUps.dialog.amountRequired': '金額を入力してください',
  'topUps.dialog.amountAboveZero': '0 より大きい金額を入力してください',
  'topUps.dialog.amountTooHigh': '上限は {{max}} です',
  'topUps.dialog.days': '日数',
  'topUps.dialog.daysHelp': '承認日から {{min}}〜{{max}} 日',
  'topUps.dialog.daysInvalid': '{{min}}〜{{max}} の整数を入力してください',
  'topUps.dialog.justification': '理由',
  'topUps.dialog.justificationHelp':
    'キーに追加の予算が必要な理由 (判断する人が読みます)。',
  'topUps.dialog.justificationRequired':
    'キーに追加の予算が必要な理由を入力してください',
  'topUps.dialog.effect':
    '承認されると、キーの予算は {{date}} まで {{from}} から {{to}} になり、その後元に戻ります。',
  'topUps.dialog.submit': '依頼',
  'topUps.dialog.sent':
    '{{name}} の予算の追加を依頼しました。結果は通知されます。',
  'topUps.link.close': '閉じる',
  'topUps.link.teamNotFound':
    'リンクのチームは予算のあるあなたのチームではないため、追加できるものはありません。',
  'topUps.link.notFound':
    'リンクのキーはあなたのキーの中にありません (失効した可能性があります)。追加できる予算はありません。',
  'topUps.link.noBudget':
    '{{name}} には予算がないため、追加するものがありません。',
  'topUps.link.notWorking':
    '{{name}} の状態は「{{status}}」です。予算を追加できるのは使用可能なキーだけです。',
  'topUps.link.playground':
    '{{name}} はプレイグラウンドのキーのため、予算を追加できません。',
  'topUps.link.pending': '{{name}} にはすでに承認待ちの予算追加があります。',
  'topUps.link.running':
    '{{name}} にはすでに実施中の予算追加があります。終了してから再度依頼してください。',
  'topUps.details.column': '詳細',
  'topUps.details.show': '{{name}} の詳細を表示',
  'topUps.details.hide': '{{name}} の詳細を隠す',
  'topUps.details.title': '予算の追加',
  'topUps.details.label': '{{name}} の予算の追加',
  'topUps.details.none': 'このキーの予算追加はまだ依頼されていません。',
  'topUps.details.loading': '予算の追加を読み込み中',
  'topUps.details.failed': '予算の追加を読み込めませんでした: {{error}}',
  'topUps.history.amountFor': '{{amount}} ({{period}})',
  'topUps.history.budgetChange': '予算 {{from}} → {{to}}',
  'topUps.history.ran': '{{from}} から {{until}} まで',
  'topUps.history.runs': '{{from}} から、{{until}} まで',
  'topUps.history.askedBy': '{{who}} が依頼 ({{when}})',
  'topUps.history.approvedBy': '{{who}} が承認 ({{when}})',
  'topUps.history.deniedBy': '{{who}} が却下 ({{when}})',
  'topUps.history.justification': '理由: {{text}}',
  'topUps.history.reason': '却下の理由: {{text}}',
  'topUps.history.note': 'メモ: {{text}}',
  'topUps.review.tab': '予算の追加',
  'topUps.team.name': 'チーム {{name}}',
  'topUps.team.intro':
    'アクセス申請と同じように管理者が判断し、チーム全員に結果が通知されます。チームの予算は、メンバーが使うすべてのモデルに適用されます。',
  'topUps.team.justificationHelp':
    'チームに追加が必要な理由 (判断する人向け)。',
  'topUps.team.justificationRequired':
    'チームに追加が必要な理由を入力してください',
  'topUps.team.effect':
    '承認されると、チームの予算は {{date}} まで {{from}} から {{to}} になり、その後元に戻ります。',
  'topUps.team.approveEffect':
    'チームの予算は {{date}} まで {{from}} から {{to}} になり、その後元に戻ります。',
  'topUps.team.approveEffectRaise':
    'チームの予算は {{date}} まで {{amount}} 増え、その後同じ額だけ下がります。',
  'topUps.team.denyExplanation':
    'チームの予算はそのままです。メンバーにわかるよう理由を入力してください。',
  'topUps.usage.title': '予算追加',
  'topUps.usage.description':
    'あなたのキーとチームの予算への追加 (新しい順): 依頼の内容、判断した人と理由、終了日。',
  'topUps.usage.descriptionAll': '全員のキーとチーム予算への追加 (新しい順)。',
  'topUps.usage.tableTitle': '予算追加 ({{total}})',
  'topUps.usage.none':
    'まだ予算追加の依頼はありません。予算が残り少なくなったら、上の予算カードから依頼できます。',
  'topUps.usage.noneAll': 'まだ誰も予算追加を依頼していません。',
  'topUps.usage.loading': '予算追加を読み込んでいます',
  'topUps.usage.columns.target': 'キーまたはチーム',
  'topUps.usage.columns.amount': '金額',
  'topUps.usage.columns.status': '状態',
  'topUps.usage.columns.decision': '判断',
  'topUps.usage.columns.ends': '終了',
  'topUps.usage.key': 'キー',
  'topUps.usage.team': 'チーム予算',
  'topUps.usage.waiting': '未判断',
  'topUps.usage.endsOn': '{{date}} に終了',
  'topUps.usage.endedOn': '{{date}} に終了済み',
  'topUps.review.heading': '予算の追加',
  'topUps.review.title': '判断待ちの予算追加 ({{total}})',
  'topUps.review.description':
    'あなたがレビューするモデルのキーの所有者が、一定期間の予算追加を依頼しています。承認するとキーの予算はすぐに指定の日数だけ上がり、その後元に戻ります。却下には理由が必要です。',
  'topUps.review.none': '判断待ちの予算追加はありません。',
  'topUps.review.columns.key': 'キーまたはチーム',
  'topUps.review.columns.owner': '所有者',
  'topUps.review.columns.budget': '予算',
  'topUps.review.columns.justification': '理由',
  'topUps.review.columns.asked': '依頼',
  'topUps.review.columns.decide': '判断',
  'topUps.review.budgetChange': '{{from}} → {{to}}',
  'topUps.review.plus': '+{{amount}}',
  'topUps.review.forDays': '{{period}}間',
  'topUps.review.askedBy': '{{name}} が依頼',
  'topUps.review.approve': '承認…',
  'topUps.review.approveLabel': '{{name}} の予算追加を承認',
  'topUps.review.deny': '却下…',
  'topUps.review.denyLabel': '{{name}} の予算追加を却下',
  'topUps.review.approveTitle': '{{name}} の予算追加を承認',
  'topUps.review.approveIntro':
    '{{who}} が {{period}} の間 {{amount}} の追加を依頼しています。',
  'topUps.review.approveHelp':
    '依頼どおりに承認するか、金額や期間を減らして承認できます。',
  'topUps.review.approveEffect':
    'キーの予算は {{date}} まで {{from}} から {{to}} になり、その後元に戻ります。',
  'topUps.review.approveEffectRaise':
    'キーの予算は {{date}} まで {{amount}} 上がり、その後同じ額だけ下がります。',
  'topUps.review.approveSubmit': '承認',
  'topUps.review.approved':
    '{{name}} の予算追加を承認しました: {{date}} まで +{{amount}}。',
  'topUps.review.denyTitle': '{{name}} の予算追加を却下',
  'topUps.review.denyExplanation':
    'キーの予算はそのままです。所有者にわかるよう理由を入力してください。',
  'topUps.review.denySubmit': '却下',
  'topUps.review.denied': '{{name}} の予算追加を却下しました。',
};
