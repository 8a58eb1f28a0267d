import type { Catalog } from './en';

/** 日本語。OpenAI の日本語 UI の用語に合わせる: API キー、組織、プロジェクト。 */
export const ja: Catalog = {
  extensionName: 'Key Doctor',
  extensionDescription: 'OpenAI API キーをサイトに貼り付けた時点で不備を見つけ、何が問題でどう直せばよいかを正確に伝えます。',

  check_mode_auto_label: '自動的に確認する',
  check_mode_auto_detail: '完全に見えるキーを貼り付けると、使えるかどうかを Key Doctor が OpenAI に問い合わせます。',
  check_mode_auto_chosen: 'Key Doctor は貼り付けられたキーを自動的に OpenAI で確認します。',
  check_mode_ask_label: '先にたずねる',
  check_mode_ask_detail: 'Key Doctor が入力欄の横で確認を提案します。クリックするまで何も送信されません。',
  check_mode_ask_chosen: 'Key Doctor は確認をその都度提案し、クリックするまで何も送信しません。',
  check_mode_never_label: '確認しない',
  check_mode_never_detail: 'このコンピューター上でキーの形式だけを調べます。OpenAI には何も送信されません。',
  check_mode_never_chosen: 'Key Doctor はキーの形式だけを調べ、OpenAI には何も送信しません。',
  check_mode_not_chosen: 'まだ選択されていません。選択するまで、Key Doctor は確認のたびにたずねます。',

  welcome_title: 'Key Doctor へようこそ',
  welcome_intro: 'OpenAI API キーをサイトやアプリに貼り付けると、Key Doctor がその場でチェックします。キーの前後に付いた余分な文字、途中で切れたコピーやマスクされたコピー、他のプロバイダーのキー、そのキーでは動かない設定（ベース URL、組織、プロジェクト、モデル）などです。何が問題で、どう直せばよいかをお知らせします。',
  welcome_sends_heading: '何を、どこに送信するか',
  welcome_sends_key: 'OpenAI がキーを受け付けるかどうかを確かめるため、Key Doctor はアプリと同じようにリクエストの Authorization ヘッダーに入れて、そのキーを OpenAI（{host}、またはアプリが使うリージョンのホスト）に送信します。それ以外の宛先には送信しません。',
  welcome_sends_status: '障害とキーの誤りを見分けるため、OpenAI の公開ステータスページ（{host}）を読み込みます。この機能はオフにできます。',
  welcome_keeps: 'キーを保存することはありません。保存するのは設定、追加したキーのヒント、サイトごとのマスクしたコピーとフィンガープリントだけです。',
  welcome_question: 'キーを貼り付けたとき、Key Doctor が OpenAI で確認してもよいですか？',
  welcome_until_answered: '回答するまで、Key Doctor は確認のたびにたずねます。',
  welcome_save: '選択を保存',
  welcome_choose_first: '先に 3 つの選択肢から 1 つを選んでください。',
  welcome_save_failed: '選択を保存できませんでした。もう一度お試しください。',
  welcome_saved: '保存しました。{choice}',
  welcome_change_later: 'この設定は Key Doctor の設定画面でいつでも変更できます。このタブは閉じてかまいません。',
  welcome_open_settings: '設定を開く',

  host_access_title: 'Key Doctor はウェブサイトにアクセスできません',
  host_access_body: 'ウェブサイトへのアクセスがオフになっているため、キーを貼り付ける入力欄を確認できません。このアクセスはその入力欄を読むためだけに使います。ページから送信されるのは貼り付けたキー（とアプリの組織・プロジェクト）だけで、確認のために OpenAI に送られます。',
  host_access_allow: 'ウェブサイトへのアクセスを許可',
  host_access_refused: 'アクセスは許可されませんでした。あとでここから、またはブラウザーの拡張機能の設定から許可できます。',

  confirm_cancel: 'キャンセル',
};
