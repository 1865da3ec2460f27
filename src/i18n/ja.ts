import type { UiStrings } from './en.ts';

/** すべての日本語の UI 文字列。キーは en.ts と同じです。 */
export const ja: UiStrings = {
  siteName: '届かない',
  siteTagline: 'メールが届かない・戻ってくるときに、原因と対処する人とやることがわかる事典',
  skipToContent: '本文へ移動',
  langName: '日本語',
  switchTo: 'このページを英語で読む',
  navMain: 'メイン',
  navHome: 'ケース一覧',
  navGlossary: '用語集',
  footerNote: '届かないは静的なナレッジベースです。サーバー側では何も実行せず、あなたについての情報も保存しません。',
  footerLanguage: '言語',

  homeTitle: 'メールが届かない原因を探す',
  homeIntro: 'いまの状況に近いものを選んでください。各ケースで、起きていること・原因・対処すべき人・具体的な手順を説明しています。',
  sideHeading: { receiving: '届くはずのメールが届かない', sending: '送ったメールが戻ってきた・相手に届いていない' },
  sideIntro: {
    receiving: '相手は「送った」と言っているのに、こちらで受け取れていない場合です。',
    sending: '送信したメールがエラーで戻ってきた、または相手から「届いていない」と言われた場合です。',
  },
  guidesHeading: 'ガイド',

  picker: {
    heading: '質問に答えて原因を探す',
    intro: 'いま起きていることについて、いくつかの短い質問に答えてください。原因を説明しているページにたどり着けます。',
    outlineHint: '回答を開くと、次の質問が表示されます。',
    yourAnswers: 'これまでの回答',
    back: '一つ前に戻る',
    startOver: '最初からやり直す',
    answered: '選んだ回答：',
    wentBack: '一つ前の質問に戻りました',
    startedOver: '最初の質問に戻りました',
    found: { case: '当てはまるケース', guide: '参考になるガイド', tool: '役に立つツール' },
    tools: {
      analyze: {
        title: 'エラーメールの全文を貼り付けて調べる',
        summary: 'エラーメールを貼り付けるかファイルをドロップすると、ブラウザーの中だけで解析し、原因を説明しているケースを示します。内容はどこにも送信されません。',
      },
      errors: {
        title: 'エラー一覧',
        summary: '既知のエラー文とステータスコードをコードごとにまとめ、それぞれを説明しているケースにリンクしています。',
      },
    },
  },

  whoActs: '対処する人',
  colon: '：',
  listSeparator: '、',
  whoActsNobody: '対処は不要です（正常な動作です）',

  owner: {
    you: 'あなた',
    recipient: '受信者',
    'recipient-admin': '受信側のシステム管理者',
    sender: '送信者',
    provider: 'メールサーバーの事業者',
  },

  sections: { symptom: '症状', cause: '原因', fix: '対処法' },
  sectionLink: 'この見出しへのリンク',
  copyLink: 'リンクをコピー',
  copyLinkTo: 'リンクをコピー：',
  copied: 'リンクをコピーしました',
  copyFailed: 'コピーできませんでした。アドレスバーから選択してください',
  errorsHeading: 'このケースに当てはまるエラーメッセージ',
  errorsIntro: '実際のメールサーバーが返す文面です。受け取ったエラーメールと見比べてください。',
  codesLabel: 'ステータスコード',
  relatedHeading: '関連するケース',
  sourcesHeading: '出典',
  updated: '最終確認日',
  termsHeading: 'このページの用語',
  onThisPage: 'このページの内容',

  glossaryTitle: '用語集',
  glossaryIntro: 'エラーメールやメール管理者が使う言葉を、専門家でなくてもわかるように説明します。',
  glossaryGroups: {
    authentication: '送信ドメイン認証',
    transport: '配送とサーバー',
    bounces: 'エラーメールとステータスコード',
    reputation: '評価とフィルタリング',
    japan: '日本特有のしくみ',
  },
  glossarySpec: '定義している仕様',
  glossaryRelated: '関連用語',
  glossaryCases: '関係するケース',
  glossaryExpansion: '正式名称',
  termMore: '用語集で詳しく見る',
  termDefinitionOf: '用語の説明：',

  chooserTitle: '届かない — todokanai',
  chooserLead: '言語を選んでください',

  notFoundTitle: 'ページが見つかりません',
  notFoundBody: 'このアドレスにはページがありません。入力の誤りか、リンクが途中で切れている可能性があります。',
  notFoundHome: 'ケース一覧へ',
};
