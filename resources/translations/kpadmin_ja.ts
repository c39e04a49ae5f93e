<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About kpadmin</source>
        <translation>kpadmin について</translation>
    </message>
    <message>
        <source>kpadmin %1
Stripe Billing subscriptions paid with Kakao Pay.
Python %2, Qt %3, Qt for Python %4.</source>
        <translation>kpadmin %1
Kakao Pay で支払う Stripe Billing のサブスクリプション管理。
Python %2、Qt %3、Qt for Python %4。</translation>
    </message>
    <message>
        <source>kpadmin includes these libraries, each under its own licence:</source>
        <translation>kpadmin には次のライブラリが含まれており、それぞれ独自のライセンスに従います:</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences</source>
        <translation>同梱ライブラリとそのライセンス</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ActionNames</name>
    <message>
        <source>New customer</source>
        <translation>新規顧客</translation>
    </message>
    <message>
        <source>New customer on a test clock</source>
        <translation>テストクロック上の新規顧客</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>顧客を編集</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>顧客を削除</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新規商品</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>商品を編集</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>新規価格</translation>
    </message>
    <message>
        <source>Edit price</source>
        <translation>価格を編集</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>新規サブスクリプション</translation>
    </message>
    <message>
        <source>Cancel now</source>
        <translation>今すぐ解約</translation>
    </message>
    <message>
        <source>Cancel at period end</source>
        <translation>期間終了時に解約</translation>
    </message>
    <message>
        <source>Keep the subscription</source>
        <translation>サブスクリプションを継続</translation>
    </message>
    <message>
        <source>Pause payments</source>
        <translation>請求を一時停止</translation>
    </message>
    <message>
        <source>Resume payments</source>
        <translation>請求を再開</translation>
    </message>
    <message>
        <source>Resume subscription</source>
        <translation>サブスクリプションを再開</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>プランを変更</translation>
    </message>
    <message>
        <source>End trial now</source>
        <translation>トライアルを今すぐ終了</translation>
    </message>
    <message>
        <source>Extend trial</source>
        <translation>トライアルを延長</translation>
    </message>
    <message>
        <source>Change payment method</source>
        <translation>支払い方法を変更</translation>
    </message>
    <message>
        <source>Retry payment</source>
        <translation>支払いを再試行</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>請求書を無効にする</translation>
    </message>
    <message>
        <source>Write off invoice</source>
        <translation>請求書を貸し倒れ処理</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>返金</translation>
    </message>
    <message>
        <source>Kakao Pay wallet approval</source>
        <translation>Kakao Pay ウォレットの承認</translation>
    </message>
    <message>
        <source>Cancel wallet approval</source>
        <translation>ウォレットの承認を取り消す</translation>
    </message>
    <message>
        <source>Kakao Pay payment approval</source>
        <translation>Kakao Pay 支払いの承認</translation>
    </message>
    <message>
        <source>New test clock</source>
        <translation>新規テストクロック</translation>
    </message>
    <message>
        <source>Advance test clock</source>
        <translation>テストクロックを進める</translation>
    </message>
    <message>
        <source>Customers on test clocks</source>
        <translation>テストクロック上の顧客</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>返金</translation>
    </message>
    <message>
        <source>Wallet approvals</source>
        <translation>ウォレットの承認</translation>
    </message>
    <message>
        <source>Payment approvals</source>
        <translation>支払いの承認</translation>
    </message>
    <message>
        <source>Test clocks</source>
        <translation>テストクロック</translation>
    </message>
</context>
<context>
    <name>AddProfileDialog</name>
    <message>
        <source>Add a Stripe account</source>
        <translation>Stripe アカウントを追加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>AdvanceClockButton</name>
    <message>
        <source>Advance the test clock…</source>
        <translation>テストクロックを進める…</translation>
    </message>
    <message>
        <source>Move this test customer&apos;s clock forward to see renewals and failed payments happen (SANDBOX and TEST mode only)</source>
        <translation>このテスト顧客のクロックを進めて、更新や支払いの失敗が起きる様子を確認します (SANDBOX と TEST モードのみ)</translation>
    </message>
</context>
<context>
    <name>AdvanceClockDialog</name>
    <message>
        <source>Advance the test clock</source>
        <translation>テストクロックを進める</translation>
    </message>
    <message>
        <source>Move the test clock of %1 forward: Stripe bills everything that falls due meanwhile (renewals, retries, trial ends), as it would in real time. Every customer on this clock moves with it.</source>
        <translation>%1 のテストクロックを進めます。その間に期日を迎えるもの (更新、再試行、トライアル終了) はすべて、実際の時間の経過と同じように Stripe が請求します。このクロック上の顧客はすべて一緒に進みます。</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>進める</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Clock time now</source>
        <translation>現在のクロック時刻</translation>
    </message>
    <message>
        <source>Advance by</source>
        <translation>進める期間</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 週間</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 か月</translation>
    </message>
    <message>
        <source>2 months</source>
        <translation>2 か月</translation>
    </message>
    <message>
        <source>New clock time</source>
        <translation>新しいクロック時刻</translation>
    </message>
    <message>
        <source>Loading the clock…</source>
        <translation>クロックを読み込み中…</translation>
    </message>
    <message>
        <source>Choose a time after the clock&apos;s current time.</source>
        <translation>クロックの現在時刻より後の時刻を選んでください。</translation>
    </message>
    <message>
        <source>The clock moves from %1 to %2. What falls due in between is billed and charged now.</source>
        <translation>クロックを %1 から %2 に進めます。その間に期日を迎えるものは、今すぐ請求・課金されます。</translation>
    </message>
    <message>
        <source>Stripe is still advancing the clock; refresh in a moment.</source>
        <translation>Stripe がまだクロックを進めています。しばらくしてから更新してください。</translation>
    </message>
    <message>
        <source>The clock is now at %1.</source>
        <translation>クロックは %1 になりました。</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <source>Enter an amount.</source>
        <translation>金額を入力してください。</translation>
    </message>
    <message>
        <source>This is not an amount. Type digits, for example %1.</source>
        <translation>金額ではありません。%1 のように数字を入力してください。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金額をマイナスにすることはできません。</translation>
    </message>
    <message>
        <source>%1 has no decimal places: type whole amounts, for example %2.</source>
        <translation>%1 には小数点以下がありません。%2 のように整数で入力してください。</translation>
    </message>
    <message>
        <source>%1 has at most %3 decimal places, for example %2.</source>
        <translation>%1 の小数点以下は最大 %3 桁です (例: %2)。</translation>
    </message>
    <message>
        <source>The amount is larger than Stripe allows (%1).</source>
        <translation>金額が Stripe の上限 (%1) を超えています。</translation>
    </message>
    <message>
        <source>For %1 the last of the three decimals must be 0.</source>
        <translation>%1 では、小数点以下 3 桁目を 0 にする必要があります。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最大 %1</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Kakao Pay approval</source>
        <translation>Kakao Pay の承認</translation>
    </message>
    <message>
        <source>Save Kakao Pay for %1</source>
        <translation>%1 の Kakao Pay を保存</translation>
    </message>
    <message>
        <source>First payment of %1</source>
        <translation>%1 の初回支払い</translation>
    </message>
    <message>
        <source>Terms to give the customer before they approve</source>
        <translation>承認前に顧客に伝える条件</translation>
    </message>
    <message>
        <source>The customer has received these terms and agrees to them</source>
        <translation>顧客はこの条件を受け取り、同意しています</translation>
    </message>
    <message>
        <source>Customer consent</source>
        <translation>顧客の同意</translation>
    </message>
    <message>
        <source>Send approval request</source>
        <translation>承認リクエストを送信</translation>
    </message>
    <message>
        <source>Show the terms</source>
        <translation>条件を表示</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>承認ステータス</translation>
    </message>
    <message>
        <source>Approval link</source>
        <translation>承認リンク</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>ブラウザーで開く</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>Ask Stripe now instead of at the next check</source>
        <translation>次回の確認を待たずに、今すぐ Stripe に問い合わせます</translation>
    </message>
    <message>
        <source>Message for the customer…</source>
        <translation>お客様へのメッセージ…</translation>
    </message>
    <message>
        <source>The link with a ready message in the customer&apos;s language, to copy or mail</source>
        <translation>お客様の言語で用意したメッセージとリンクを、コピーまたはメールで送ります</translation>
    </message>
    <message>
        <source>The customer can scan this code with their phone to approve there, or open the link on this computer.</source>
        <translation>顧客はスマートフォンでこのコードを読み取って承認するか、このコンピューターでリンクを開いて承認できます。</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>リクエストを取り消す</translation>
    </message>
    <message>
        <source>Withdraw the request: the link stops working</source>
        <translation>リクエストを取り消します。リンクは使用できなくなります</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close this window; the request keeps waiting and can be found again on the customer</source>
        <translation>このウィンドウを閉じます。リクエストは待機を続け、顧客の画面から再び開けます</translation>
    </message>
    <message>
        <source>The customer agreed to the terms</source>
        <translation>顧客は条件に同意しました</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>%1 の支払い</translation>
    </message>
    <message>
        <source>Sending the request to Stripe…</source>
        <translation>Stripe にリクエストを送信しています…</translation>
    </message>
    <message>
        <source>Waiting for the customer to approve in Kakao Pay…</source>
        <translation>顧客が Kakao Pay で承認するのを待っています…</translation>
    </message>
    <message>
        <source>Approved: the Kakao Pay wallet is saved on the customer.</source>
        <translation>承認されました。Kakao Pay ウォレットが顧客に保存されました。</translation>
    </message>
    <message>
        <source>Paid: the customer approved the first payment.</source>
        <translation>支払い済み: 顧客が初回の支払いを承認しました。</translation>
    </message>
    <message>
        <source>Not approved.</source>
        <translation>承認されませんでした。</translation>
    </message>
    <message>
        <source>The payment did not go through.</source>
        <translation>支払いが完了しませんでした。</translation>
    </message>
    <message>
        <source>Expired: the approval link no longer works.</source>
        <translation>期限切れ: 承認リンクは使用できなくなりました。</translation>
    </message>
    <message>
        <source>Cancelled: the request was withdrawn and the link no longer works.</source>
        <translation>取り消し済み: リクエストは取り消され、リンクは使用できなくなりました。</translation>
    </message>
    <message>
        <source>Stopped waiting for this payment.</source>
        <translation>この支払いの待機を終了しました。</translation>
    </message>
    <message>
        <source>The request could not be sent.</source>
        <translation>リクエストを送信できませんでした。</translation>
    </message>
    <message>
        <source>kpadmin asks Stripe every few seconds: the result appears here as soon as Stripe reports it, even if the customer approves on another device.</source>
        <translation>kpadmin は数秒ごとに Stripe に問い合わせます。顧客が別の端末で承認した場合も、Stripe から報告があり次第、ここに結果が表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>(Checked %n time(s).)</source>
        <translation>
            <numerusform>(%n 回確認しました。)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wallet: %1</source>
        <translation>ウォレット: %1</translation>
    </message>
    <message>
        <source>Start a new request if the customer still wants to approve.</source>
        <translation>顧客が引き続き承認を希望する場合は、新しいリクエストを開始してください。</translation>
    </message>
    <message>
        <source>The subscription stays incomplete. Use “Resume payment” to ask the customer again; Stripe expires it after about 23 hours.</source>
        <translation>サブスクリプションは未完了のままです。「支払いを再開」で顧客に再度依頼してください。約 23 時間後に Stripe によって期限切れになります。</translation>
    </message>
    <message>
        <source>Subscription %1 is now: %2</source>
        <translation>サブスクリプション %1 の現在のステータス: %2</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link or let the customer scan the QR code.</source>
        <translation>ブラウザーを開けませんでした。リンクをコピーするか、顧客に QR コードを読み取ってもらってください。</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Renewal payment failed</source>
        <translation>更新の支払いに失敗</translation>
    </message>
    <message>
        <source>First payment not made</source>
        <translation>初回の支払いが未完了</translation>
    </message>
    <message>
        <source>Invoice payment failed</source>
        <translation>請求書の支払いに失敗</translation>
    </message>
    <message>
        <source>Kakao Pay approval waiting</source>
        <translation>Kakao Pay の承認待ち</translation>
    </message>
    <message>
        <source>Trial ending</source>
        <translation>トライアル終了間近</translation>
    </message>
    <message>
        <source>Cancellation scheduled</source>
        <translation>キャンセル予約済み</translation>
    </message>
    <message>
        <source>Retry payment…</source>
        <translation>支払いを再試行…</translation>
    </message>
    <message>
        <source>Send payment link…</source>
        <translation>支払いリンクを送る…</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>顧客を開く</translation>
    </message>
    <message>
        <source>Undo cancellation…</source>
        <translation>キャンセルを取り消す…</translation>
    </message>
    <message>
        <source>Declined; no reason given.</source>
        <translation>拒否されました。理由は示されていません。</translation>
    </message>
    <message>
        <source>The first payment is charged when the trial ends.</source>
        <translation>トライアル終了時に初回の支払いが請求されます。</translation>
    </message>
    <message>
        <source>The subscription ends; nothing more is charged.</source>
        <translation>サブスクリプションは終了し、以後請求されません。</translation>
    </message>
    <message>
        <source>Retried automatically %1</source>
        <translation>%1 に自動で再試行</translation>
    </message>
    <message>
        <source>No automatic retry</source>
        <translation>自動再試行なし</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date pattern</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Payment failed ×%1</source>
        <translation>支払い失敗 ×%1</translation>
    </message>
    <message>
        <source>Cancels %1</source>
        <translation>%1 にキャンセル</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>%1 まで一時停止</translation>
    </message>
    <message>
        <source>Trial ends today</source>
        <translation>今日トライアル終了</translation>
    </message>
    <message>
        <source>Trial ends tomorrow</source>
        <translation>明日トライアル終了</translation>
    </message>
    <message>
        <source>Trial ends in %1 days</source>
        <translation>あと %1 日でトライアル終了</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>未回収リスク</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次の予定</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>次の対応</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>請求書 %1</translation>
    </message>
</context>
<context>
    <name>AttentionTab</name>
    <message>
        <source>Nothing needs attention.</source>
        <translation>対応が必要な項目はありません。</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Needs attention summary</source>
        <translation>要対応の概要</translation>
    </message>
    <message>
        <source>Searching Stripe…</source>
        <translation>Stripe を検索中…</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>次の対応</translation>
    </message>
    <message>
        <source>Payment link…</source>
        <translation>支払いリンク…</translation>
    </message>
    <message>
        <source>The invoice&apos;s payment page for the customer: link, QR code and a message</source>
        <translation>お客様に渡す請求書の支払いページ: リンク・QR コード・メッセージ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Refresh needs attention</source>
        <translation>要対応を更新</translation>
    </message>
    <message>
        <source>Nothing needs attention right now.</source>
        <translation>現在、対応が必要な項目はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need a person.</source>
        <translation>
            <numerusform>担当者の対応が必要な項目: %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>At risk: %1.</source>
        <translation>未回収リスク: %1。</translation>
    </message>
    <message>
        <source>Sorted by money at risk, largest first, per currency (KRW first).</source>
        <translation>通貨ごとに未回収リスクの大きい順（KRW が先）に並びます。</translation>
    </message>
    <message>
        <source>Stripe found more than kpadmin reads at once: refine in Stripe.</source>
        <translation>Stripe で kpadmin が一度に読み込める件数を超える項目が見つかりました。Stripe で絞り込んでください。</translation>
    </message>
    <message>
        <source>This no longer needs attention.</source>
        <translation>この項目はもう対応不要です。</translation>
    </message>
    <message>
        <source>The Customers tab is not available here.</source>
        <translation>ここでは顧客タブを使用できません。</translation>
    </message>
</context>
<context>
    <name>AuditBanner</name>
    <message>
        <source>Activity-log records waiting to be written: %1. Another program or kpadmin window is holding the log file; the records are kept, also if you quit, and written as soon as the file is free.</source>
        <translation>書き込み待ちの操作ログ記録: %1 件。別のプログラムまたは kpadmin ウィンドウがログファイルを使用中です。記録は終了しても保持され、ファイルが使えるようになりしだい書き込まれます。</translation>
    </message>
    <message>
        <source>The waiting activity-log records are written.</source>
        <translation>書き込み待ちだった操作ログの記録をすべて書き込みました。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>OS ユーザー</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>冪等キー</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Stripe carried out the request.</source>
        <translation>Stripe がリクエストを実行しました。</translation>
    </message>
    <message>
        <source>Stripe refused the request; nothing was changed.</source>
        <translation>Stripe がリクエストを拒否しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>The connection failed: the change may or may not have been made. Look at the object in Stripe to check.</source>
        <translation>接続に失敗しました。変更が反映されたかどうかは不明です。Stripe でオブジェクトを確認してください。</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>操作ログ</translation>
    </message>
    <message>
        <source>Object id (sub_…, in_…, cus_…)</source>
        <translation>オブジェクト ID (sub_…、in_…、cus_…)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>cus_…</source>
        <translation>cus_…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Request id, key, detail, comment, user…</source>
        <translation>リクエスト ID、キー、詳細、コメント、ユーザー…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>until</source>
        <translation>〜</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s)</source>
        <translation>
            <numerusform>%n 件の操作</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <translation>%1 (すべて)</translation>
    </message>
    <message>
        <source>Export activity log</source>
        <translation>操作ログをエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n 行を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillingPicker</name>
    <message>
        <source>&amp;Recurring</source>
        <translation>継続(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;One-time</source>
        <translation>1 回限り(&amp;O)</translation>
    </message>
    <message>
        <source>Interval count</source>
        <translation>間隔の数</translation>
    </message>
    <message>
        <source>Billing interval</source>
        <translation>請求間隔</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>日</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>週</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>か月</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation>年</translation>
    </message>
    <message>
        <source>every</source>
        <translation>間隔</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel subscription</source>
        <translation>サブスクリプションをキャンセル</translation>
    </message>
    <message>
        <source>End this subscription. Choose when, and note why the customer leaves.</source>
        <translation>このサブスクリプションを終了します。時期を選び、顧客が解約する理由を記録してください。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Keep subscription</source>
        <translation>サブスクリプションを継続</translation>
    </message>
    <message>
        <source>At the end of the current period (%1)</source>
        <translation>現在の期間の終了時 (%1)</translation>
    </message>
    <message>
        <source>Now (cannot be undone)</source>
        <translation>今すぐ (元に戻せません)</translation>
    </message>
    <message>
        <source>Keep the subscription (undo the scheduled cancellation)</source>
        <translation>サブスクリプションを継続 (予定されたキャンセルを取り消す)</translation>
    </message>
    <message>
        <source>Already scheduled.</source>
        <translation>すでに予定されています。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>タイミング</translation>
    </message>
    <message>
        <source>Credit the unused part of the period</source>
        <translation>期間の未使用分をクレジット</translation>
    </message>
    <message>
        <source>Invoice what is owed now</source>
        <translation>未払い分を今すぐ請求</translation>
    </message>
    <message>
        <source>Customer&apos;s reason</source>
        <translation>顧客の理由</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>What the customer said (kept on the subscription)</source>
        <translation>顧客のコメント (サブスクリプションに保存されます)</translation>
    </message>
    <message>
        <source>The scheduled cancellation is removed: the subscription renews on %1 as usual.</source>
        <translation>予定されたキャンセルを取り消します。サブスクリプションは通常どおり %1 に更新されます。</translation>
    </message>
    <message>
        <source>The subscription stays active until %1, then ends. Nothing more is charged. You can undo this until then.</source>
        <translation>サブスクリプションは %1 まで有効で、その後終了します。これ以上の請求はありません。それまではこの操作を取り消せます。</translation>
    </message>
    <message>
        <source>The subscription ends now and cannot be restarted.</source>
        <translation>サブスクリプションは今すぐ終了し、再開できません。</translation>
    </message>
    <message>
        <source>The unused part of this period is credited to the customer&apos;s balance.</source>
        <translation>この期間の未使用分は顧客の残高にクレジットされます。</translation>
    </message>
    <message>
        <source>A final invoice with that credit is made now.</source>
        <translation>そのクレジットを含む最終請求書を今すぐ作成します。</translation>
    </message>
    <message>
        <source>Nothing is credited for the unused part of the period.</source>
        <translation>期間の未使用分はクレジットされません。</translation>
    </message>
    <message>
        <source>Canceled on %1.</source>
        <translation>%1 にキャンセルされました。</translation>
    </message>
    <message>
        <source>Cancellation scheduled for %1.</source>
        <translation>%1 にキャンセルが予定されています。</translation>
    </message>
    <message>
        <source>The subscription will renew as usual.</source>
        <translation>サブスクリプションは通常どおり更新されます。</translation>
    </message>
</context>
<context>
    <name>CatalogActions</name>
    <message>
        <source>Archive the product “%1”? It can no longer be used for new subscriptions.</source>
        <translation>商品「%1」をアーカイブしますか? 新しいサブスクリプションには使用できなくなります。</translation>
    </message>
    <message>
        <source>Archive the price %1? Existing subscriptions keep it; new ones cannot use it.</source>
        <translation>価格 %1 をアーカイブしますか? 既存のサブスクリプションでは引き続き使用されますが、新しいサブスクリプションには使用できなくなります。</translation>
    </message>
    <message>
        <source>Make %1 the default price of “%2”?</source>
        <translation>%1 を「%2」のデフォルト価格にしますか?</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>No products here yet. Create one with “New product”.</source>
        <translation>まだ商品がありません。「新規商品」で作成してください。</translation>
    </message>
    <message>
        <source>Select a product to see its prices.</source>
        <translation>商品を選択すると価格が表示されます。</translation>
    </message>
    <message>
        <source>Show products</source>
        <translation>表示する商品</translation>
    </message>
    <message>
        <source>Active products</source>
        <translation>有効な商品</translation>
    </message>
    <message>
        <source>Archived products</source>
        <translation>アーカイブ済みの商品</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>すべての商品</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>新規商品…</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新規商品</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>商品を編集</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Archive product</source>
        <translation>商品をアーカイブ</translation>
    </message>
    <message>
        <source>Selected product</source>
        <translation>選択中の商品</translation>
    </message>
    <message>
        <source>New price…</source>
        <translation>新規価格…</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>新規価格</translation>
    </message>
    <message>
        <source>Edit price</source>
        <translation>価格を編集</translation>
    </message>
    <message>
        <source>Archive price</source>
        <translation>価格をアーカイブ</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>デフォルトに設定</translation>
    </message>
    <message>
        <source>Make default price</source>
        <translation>デフォルト価格に設定</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>%1 has no prices yet.</source>
        <translation>%1 にはまだ価格がありません。</translation>
    </message>
    <message>
        <source>Prices of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; の価格</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Restore product</source>
        <translation>商品を復元</translation>
    </message>
    <message>
        <source>Restore price</source>
        <translation>価格を復元</translation>
    </message>
    <message>
        <source>Product %1 created.</source>
        <translation>商品 %1 を作成しました。</translation>
    </message>
    <message>
        <source>Product %1 saved.</source>
        <translation>商品「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Price %1 created and made the default.</source>
        <translation>価格 %1 を作成し、デフォルトの価格に設定しました。</translation>
    </message>
    <message>
        <source>Price %1 created.</source>
        <translation>価格 %1 を作成しました。</translation>
    </message>
    <message>
        <source>Price %1 saved.</source>
        <translation>価格 %1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>ChangePlanDialog</name>
    <message>
        <source>Change plan</source>
        <translation>プランを変更</translation>
    </message>
    <message>
        <source>Move the customer to another price or quantity. Stripe&apos;s preview of the invoice is shown before anything changes.</source>
        <translation>顧客を別の価格または数量に変更します。変更を確定する前に、Stripe による請求書のプレビューが表示されます。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>変更後の価格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Proration</source>
        <translation>日割り計算</translation>
    </message>
    <message>
        <source>Invoice preview</source>
        <translation>請求書のプレビュー</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>&lt;b&gt;The invoice, as Stripe previews it&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stripe による請求書のプレビュー&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stripe could not preview this change.</source>
        <translation>Stripe はこの変更をプレビューできませんでした。</translation>
    </message>
    <message>
        <source>Charged now</source>
        <translation>今すぐ請求</translation>
    </message>
    <message>
        <source>Due at the next renewal (%1)</source>
        <translation>次回更新時に請求 (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Choose another price or quantity.</source>
        <translation>別の価格または数量を選んでください。</translation>
    </message>
    <message>
        <source>Asking Stripe for a preview…</source>
        <translation>Stripe にプレビューを問い合わせています…</translation>
    </message>
    <message>
        <source>The subscription moves to %1 × %2.</source>
        <translation>サブスクリプションを %1 × %2 に変更します。</translation>
    </message>
    <message>
        <source>The customer is charged %1 now.</source>
        <translation>顧客に今すぐ %1 が請求されます。</translation>
    </message>
    <message>
        <source>The next invoice will be %1.</source>
        <translation>次回の請求額は %1 です。</translation>
    </message>
    <message>
        <source>The plan is now %1.</source>
        <translation>プランを %1 に変更しました。</translation>
    </message>
    <message>
        <source>Invoice %1: %2, %3.</source>
        <translation>請求書 %1: %2、%3。</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>e.g. My shop (test)</source>
        <translation>例: マイショップ (テスト)</translation>
    </message>
    <message>
        <source>Secret or restricted API key</source>
        <translation>シークレットキーまたは制限付き API キー</translation>
    </message>
    <message>
        <source>API base URL (optional)</source>
        <translation>API ベース URL (任意)</translation>
    </message>
    <message>
        <source>Leave empty for Stripe; http://127.0.0.1:12111 for a local sandbox</source>
        <translation>Stripe に接続する場合は空欄のまま。ローカルサンドボックスは http://127.0.0.1:12111</translation>
    </message>
    <message>
        <source>Checking the key with Stripe…</source>
        <translation>Stripe でキーを確認しています…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API ベース URL</translation>
    </message>
    <message>
        <source>No secure keychain was found on this computer (%1). kpadmin will not store your key anywhere: it can use it for this session only, and will ask for it again next time.</source>
        <translation>このコンピューターに安全なキーチェーンが見つかりません (%1)。kpadmin はキーをどこにも保存しません。このセッションでのみ使い、次回また入力を求めます。</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>このセッションでのみ使用</translation>
    </message>
    <message>
        <source>Check and save key</source>
        <translation>キーを確認して保存</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>“%1” is saved, but its key is not in the keychain. Paste the key again to reconnect it, or type another name to connect a new profile.</source>
        <translation>「%1」は保存されていますが、キーチェーンにキーがありません。キーをもう一度貼り付けて再接続するか、別の名前を入力して新しいプロファイルを接続してください。</translation>
    </message>
    <message>
        <source>Give this profile a name.</source>
        <translation>プロファイル名を入力してください。</translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation>同じ名前のプロファイルがすでにあります。</translation>
    </message>
    <message>
        <source>Paste a secret key (sk_test_…, sk_live_…) or a restricted key (rk_…). Publishable keys (pk_…) cannot manage subscriptions.</source>
        <translation>シークレットキー (sk_test_…、sk_live_…) または制限付きキー (rk_…) を貼り付けてください。公開可能キー (pk_…) ではサブスクリプションを管理できません。</translation>
    </message>
    <message>
        <source>Use an https:// URL (or http:// for a sandbox on this computer).</source>
        <translation>https:// の URL を使ってください(このコンピューター上のサンドボックスなら http://)。</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the URL: the key is all kpadmin sends.</source>
        <translation>URL からユーザー名とパスワードを外してください。kpadmin が送るのはキーだけです。</translation>
    </message>
    <message>
        <source>Leave the “?” and “#” parts out of the URL.</source>
        <translation>URL から「?」と「#」の部分を外してください。</translation>
    </message>
    <message>
        <source>A live key is only ever sent over https. Use an https:// URL, or leave the field empty to talk to Stripe.</source>
        <translation>ライブキーは https でしか送りません。https:// の URL を使うか、Stripe に接続するならこの欄を空にしてください。</translation>
    </message>
    <message>
        <source>http:// is only for a sandbox on this computer (127.0.0.1 or [::1]): elsewhere the key would cross the network unencrypted. Use https://.</source>
        <translation>http:// はこのコンピューター上のサンドボックス(127.0.0.1 または [::1])専用です。それ以外ではキーが暗号化されないままネットワークを通ります。https:// を使ってください。</translation>
    </message>
    <message>
        <source>Use a full URL such as http://127.0.0.1:12111.</source>
        <translation>http://127.0.0.1:12111 のような完全な URL を入力してください。</translation>
    </message>
    <message>
        <source>The key works, but there is no secure keychain to keep it in. Press “Use for this session only” to continue without saving it.</source>
        <translation>キーは有効ですが、保存できる安全なキーチェーンがありません。保存せずに続けるには「このセッションでのみ使用」を押してください。</translation>
    </message>
    <message>
        <source>The keychain refused to store the key: %1</source>
        <translation>キーチェーンがキーの保存を拒否しました: %1</translation>
    </message>
    <message>
        <source>This name cannot be used (%1).</source>
        <translation>この名前は使用できません (%1)。</translation>
    </message>
    <message>
        <source>Stopped: this is a live key, but the server answered as a test account (livemode: false). kpadmin does not use a connection whose answers contradict its key; check the API base URL.</source>
        <translation>停止しました: ライブキーなのに、サーバーはテストアカウントとして応答しました(livemode: false)。kpadmin は応答がキーと食い違う接続を使いません。API ベース URL を確認してください。</translation>
    </message>
    <message>
        <source>Stopped: this is a test key, but the server answered as a live account (livemode: true), where real money moves. kpadmin does not use a connection whose answers contradict its key; check the API base URL.</source>
        <translation>停止しました: テストキーなのに、サーバーは実際のお金が動くライブアカウントとして応答しました(livemode: true)。kpadmin は応答がキーと食い違う接続を使いません。API ベース URL を確認してください。</translation>
    </message>
    <message>
        <source>“%1” was not opened: its key is a live key but the profile is not marked LIVE (or the reverse). Connect the account again so that kpadmin treats it as what its key is.</source>
        <translation>「%1」を開きませんでした: キーはライブキーなのに、プロファイルが LIVE になっていません(またはその逆)。kpadmin がキーのとおりに扱えるよう、アカウントを接続し直してください。</translation>
    </message>
    <message>
        <source>“%1” was not opened: its key would be sent over plain http. A live key only goes over https, and http:// only to a sandbox on this computer. Connect the account again with an https:// URL.</source>
        <translation>「%1」を開きませんでした: キーが暗号化されない http で送られてしまいます。ライブキーは https でしか送らず、http:// はこのコンピューター上のサンドボックス専用です。https:// の URL でアカウントを接続し直してください。</translation>
    </message>
    <message>
        <source>“%1” was not opened: the key kept for it is not a secret or restricted key. Connect the account again.</source>
        <translation>「%1」を開きませんでした: 保存されているキーがシークレットキーでも制限付きキーでもありません。アカウントを接続し直してください。</translation>
    </message>
    <message>
        <source>This restricted key lacks the permission “%1”, which kpadmin needs. Add it to the key in the Stripe Dashboard, or use another key.</source>
        <translation>この制限付きキーには kpadmin に必要な「%1」の権限がありません。Stripe ダッシュボードでキーに権限を追加するか、別のキーを使用してください。</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>Payment methods</source>
        <translation>支払い方法</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>期間終了</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Double-click to open it in the Subscriptions tab</source>
        <translation>ダブルクリックするとサブスクリプションタブで開きます</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Select a customer to see their payment methods, subscriptions and invoices.</source>
        <translation>顧客を選択すると、支払い方法、サブスクリプション、請求書が表示されます。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Pays a subscription</source>
        <translation>サブスクリプションの支払いに使用中</translation>
    </message>
    <message>
        <source>No saved payment methods</source>
        <translation>保存済みの支払い方法はありません</translation>
    </message>
    <message>
        <source>No subscriptions</source>
        <translation>サブスクリプションはありません</translation>
    </message>
    <message>
        <source>No invoices</source>
        <translation>請求書はありません</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>新規顧客</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>顧客を編集</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>優先言語</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>顧客を保存</translation>
    </message>
</context>
<context>
    <name>CustomerKakaoBar</name>
    <message>
        <source>Add Kakao Pay…</source>
        <translation>Kakao Pay を追加…</translation>
    </message>
    <message>
        <source>Save a Kakao Pay wallet: the customer approves in Kakao Pay</source>
        <translation>Kakao Pay ウォレットを保存します。顧客が Kakao Pay で承認します</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>デフォルトに設定</translation>
    </message>
    <message>
        <source>Charge the selected payment method for this customer&apos;s invoices</source>
        <translation>この顧客の請求書の支払いに、選択した支払い方法を使用します</translation>
    </message>
    <message>
        <source>New subscription…</source>
        <translation>新規サブスクリプション…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the pending approval</source>
        <translation>保留中の承認を表示</translation>
    </message>
    <message>
        <source>saving a Kakao Pay wallet</source>
        <translation>Kakao Pay ウォレットの保存</translation>
    </message>
    <message>
        <source>the payment of %1</source>
        <translation>%1 の支払い</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s approval: %1.</source>
        <translation>顧客の承認待ち: %1。</translation>
    </message>
    <message>
        <source>Select a payment method first.</source>
        <translation>先に支払い方法を選択してください。</translation>
    </message>
</context>
<context>
    <name>CustomerMessageDialog</name>
    <message>
        <source>Payment link</source>
        <translation>支払いリンク</translation>
    </message>
    <message>
        <source>Approval link</source>
        <translation>承認リンク</translation>
    </message>
    <message>
        <source>Send %1 the invoice&apos;s payment page</source>
        <translation>%1 様に請求書の支払いページを送る</translation>
    </message>
    <message>
        <source>Send %1 the Kakao Pay approval link</source>
        <translation>%1 様に Kakao Pay の承認リンクを送る</translation>
    </message>
    <message>
        <source>Link for the customer</source>
        <translation>お客様に送るリンク</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>ブラウザーで開く</translation>
    </message>
    <message>
        <source>See the page the customer will see</source>
        <translation>お客様に表示されるページを確認します</translation>
    </message>
    <message>
        <source>QR code of the link for the customer</source>
        <translation>お客様に送るリンクの QR コード</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>The customer can scan this code with their phone.</source>
        <translation>お客様はスマートフォンでこのコードを読み取れます。</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>メッセージの言語</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>メッセージ本文</translation>
    </message>
    <message>
        <source>Copy subject</source>
        <translation>件名をコピー</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>本文をコピー</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>メールアプリで開く</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>The customer has no email address in Stripe: copy the message and send it another way.</source>
        <translation>Stripe にお客様のメールアドレスがありません。メッセージをコピーして別の方法で送ってください。</translation>
    </message>
    <message>
        <source>The customer&apos;s email address (%1) cannot be used in a mail link: copy the message instead.</source>
        <translation>お客様のメールアドレス（%1）はメールリンクに使えません。代わりにメッセージをコピーしてください。</translation>
    </message>
    <message>
        <source>There is no link to send.</source>
        <translation>送るリンクがありません。</translation>
    </message>
    <message>
        <source>A draft to %1 opens in the mail app.</source>
        <translation>メールアプリで %1 宛ての下書きが開きます。</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link.</source>
        <translation>ブラウザーを開けませんでした。リンクをコピーしてください。</translation>
    </message>
    <message>
        <source>No mail app could be opened. Copy the subject and text instead.</source>
        <translation>メールアプリを開けませんでした。代わりに件名と本文をコピーしてください。</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Default PM</source>
        <translation>支払い方法</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>No customers yet</source>
        <translation>まだ顧客がいません</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Search Stripe by name or email</source>
        <translation>名前またはメールアドレスで Stripe を検索</translation>
    </message>
    <message>
        <source>Search customers on Stripe</source>
        <translation>Stripe で顧客を検索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新規顧客…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新規顧客</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>顧客を編集</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>顧客を削除</translation>
    </message>
    <message>
        <source>Add Kakao Pay…</source>
        <translation>Kakao Pay を追加…</translation>
    </message>
    <message>
        <source>New subscription…</source>
        <translation>新規サブスクリプション…</translation>
    </message>
    <message>
        <source>Search results for “%1”. Clear the search box and press Enter to see all customers.</source>
        <translation>「%1」の検索結果です。すべての顧客を表示するには、検索ボックスを空にして Enter キーを押してください。</translation>
    </message>
    <message>
        <source>Customer %1 saved.</source>
        <translation>顧客「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>顧客「%1」を作成しました。</translation>
    </message>
    <message>
        <source>Delete customer “%1”? Stripe also cancels their subscriptions at once. This cannot be undone.</source>
        <translation>顧客「%1」を削除しますか? この顧客のサブスクリプションも Stripe によって直ちにキャンセルされます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Customer %1 deleted.</source>
        <translation>顧客「%1」を削除しました。</translation>
    </message>
</context>
<context>
    <name>ErrorCodes</name>
    <message>
        <source>The Kakao Pay wallet does not have enough funds.</source>
        <translation>Kakao Pay ウォレットの残高が不足しています。</translation>
    </message>
    <message>
        <source>The payment was declined without a reason given.</source>
        <translation>理由が示されないまま支払いが拒否されました。</translation>
    </message>
    <message>
        <source>This wallet cannot be used for this kind of payment.</source>
        <translation>このウォレットはこの種類の支払いには使えません。</translation>
    </message>
    <message>
        <source>The payment was declined.</source>
        <translation>支払いが拒否されました。</translation>
    </message>
    <message>
        <source>Kakao Pay declined the payment.</source>
        <translation>Kakao Pay が支払いを拒否しました。</translation>
    </message>
    <message>
        <source>Kakao Pay did not answer in time. Try again in a moment.</source>
        <translation>Kakao Pay が時間内に応答しませんでした。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>This wallet cannot be charged without the customer: it has no active permission for automatic charges.</source>
        <translation>このウォレットには自動請求の有効な許可がないため、顧客の操作なしでは請求できません。</translation>
    </message>
    <message>
        <source>The customer did not approve the payment in Kakao Pay.</source>
        <translation>顧客が Kakao Pay で支払いを承認しませんでした。</translation>
    </message>
    <message>
        <source>The customer did not approve saving the wallet in Kakao Pay.</source>
        <translation>顧客が Kakao Pay でウォレットの保存を承認しませんでした。</translation>
    </message>
    <message>
        <source>The customer did not approve the payment in time.</source>
        <translation>顧客が期限内に支払いを承認しませんでした。</translation>
    </message>
    <message>
        <source>The payment attempt failed.</source>
        <translation>支払いの試行が失敗しました。</translation>
    </message>
    <message>
        <source>The payment has changed in the meantime. Refresh and try again.</source>
        <translation>その間に支払いの状態が変わりました。更新してから再試行してください。</translation>
    </message>
    <message>
        <source>The wallet request has changed in the meantime. Refresh and try again.</source>
        <translation>その間にウォレット保存リクエストの状態が変わりました。更新してから再試行してください。</translation>
    </message>
    <message>
        <source>Kakao Pay is not activated on this Stripe account.</source>
        <translation>この Stripe アカウントでは Kakao Pay が有効になっていません。</translation>
    </message>
    <message>
        <source>Stripe could not find this object. It may have been deleted.</source>
        <translation>Stripe でこのオブジェクトが見つかりませんでした。削除された可能性があります。</translation>
    </message>
    <message>
        <source>This invoice is finalized and can no longer be changed.</source>
        <translation>この請求書は確定済みのため、変更できません。</translation>
    </message>
    <message>
        <source>There is no upcoming invoice to preview.</source>
        <translation>プレビューできる次回の請求書はありません。</translation>
    </message>
    <message>
        <source>The amount is below Stripe&apos;s minimum.</source>
        <translation>金額が Stripe の最低額を下回っています。</translation>
    </message>
    <message>
        <source>The amount is above Stripe&apos;s maximum.</source>
        <translation>金額が Stripe の上限を超えています。</translation>
    </message>
    <message>
        <source>This payment has already been refunded.</source>
        <translation>この支払いはすでに返金されています。</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>メールアドレスが正しくありません。</translation>
    </message>
    <message>
        <source>A required field is empty.</source>
        <translation>必須項目が空です。</translation>
    </message>
    <message>
        <source>A number was expected.</source>
        <translation>数値を入力してください。</translation>
    </message>
    <message>
        <source>The same action is still being processed. Wait a moment.</source>
        <translation>同じ操作がまだ処理中です。しばらくお待ちください。</translation>
    </message>
    <message>
        <source>Stripe was busy with this object. Try again in a moment.</source>
        <translation>Stripe がこのオブジェクトを処理中でした。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>Too many requests to Stripe right now. Wait a moment and try again.</source>
        <translation>現在 Stripe へのリクエストが多すぎます。しばらく待ってから再試行してください。</translation>
    </message>
    <message>
        <source>This API key has expired. Connect the account again.</source>
        <translation>この API キーは期限切れです。アカウントを再接続してください。</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>MRR movements this month</source>
        <translation>今月のMRR変動</translation>
    </message>
    <message>
        <source>Each customer&apos;s monthly recurring revenue at the end of a month, compared with the end of the month before: from nothing is new (or reactivated when the customer paid before), more is expansion, less is contraction, nothing is churned. Stripe keeps only a subscription&apos;s current items, so past amounts come from its recurring invoices (prorations left out).</source>
        <translation>顧客ごとの月次経常収益を月末時点で前月末と比較します。ゼロから発生すれば新規(以前に支払った顧客なら再開)、増えれば拡大、減れば縮小、ゼロになれば解約です。Stripe はサブスクリプションの現在の項目しか保持しないため、過去の金額は定期請求の請求書から求めます(日割り計算を除く)。</translation>
    </message>
    <message>
        <source>Churn rate last month</source>
        <translation>先月の解約率</translation>
    </message>
    <message>
        <source>Customers whose recurring revenue fell to nothing during the last complete month, divided by the customers paying at its start. Stripe does not keep past statuses: a subscription counts from its start to its end, except during its trial.</source>
        <translation>直近の1か月間に経常収益がゼロになった顧客数を、その月初に支払っていた顧客数で割った値です。Stripe は過去のステータスを保持しないため、サブスクリプションはトライアル期間を除き開始から終了まで数えます。</translation>
    </message>
    <message>
        <source>Trial-to-paid conversion</source>
        <translation>トライアルから有料への転換率</translation>
    </message>
    <message>
        <source>Trials that ended in the last twelve months, and how many of them were followed by a paid invoice with an amount.</source>
        <translation>直近12か月に終了したトライアルと、そのうち金額のある請求書が支払われたものの数です。</translation>
    </message>
    <message>
        <source>Failed-payment recovery</source>
        <translation>支払い失敗の回収率</translation>
    </message>
    <message>
        <source>Invoices of the last twelve months whose payment failed (attempted more than once, or attempted and never paid), and how many were paid after all. Stripe keeps the number of attempts, not each attempt.</source>
        <translation>直近12か月の請求書のうち支払いに失敗したもの(2回以上試行された、または試行されたが支払われなかったもの)と、そのうち最終的に支払われたものの数です。Stripe は試行回数のみを保持し、各試行は保持しません。</translation>
    </message>
    <message>
        <source>MRR movements chart</source>
        <translation>MRR変動チャート</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSVをエクスポート…</translation>
    </message>
    <message>
        <source>Export the figures to CSV</source>
        <translation>指標をCSVにエクスポート</translation>
    </message>
    <message>
        <source>Reading the invoices…</source>
        <translation>請求書を読み込み中…</translation>
    </message>
    <message>
        <source>MRR this month: %1 (new %2, expansion %3, reactivated %4, contraction %5, churned %6)</source>
        <translation>今月のMRR: %1(新規 %2、拡大 %3、再開 %4、縮小 %5、解約 %6)</translation>
    </message>
    <message>
        <source>Churn last month: %1 (%2 of %3 paying customers)</source>
        <translation>先月の解約: %1(支払い中の顧客 %3 人中 %2 人)</translation>
    </message>
    <message>
        <source>Trial to paid: %1 (%2 of %3 trials, twelve months)</source>
        <translation>有料への転換: %1(トライアル %3 件中 %2 件、12か月)</translation>
    </message>
    <message>
        <source>Recovered: %1 (%2 of %3 failed invoices, %4)</source>
        <translation>回収: %1(失敗した請求書 %3 件中 %2 件、%4)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>CSVにエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>GotoBox</name>
    <message>
        <source>It has no customer to open.</source>
        <translation>このオブジェクトには開ける顧客がありません。</translation>
    </message>
    <message>
        <source>kpadmin cannot open this kind of object.</source>
        <translation>kpadmin ではこの種類のオブジェクトを開けません。</translation>
    </message>
    <message>
        <source>No object with this id.</source>
        <translation>この ID のオブジェクトはありません。</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>「%1」に一致する顧客はいません。</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>cus_…, sub_…, price_…, prod_…, in_…, pi_…, seti_… or a customer&apos;s name or e-mail</source>
        <translation>ID (cus_…、sub_…、in_… など)、顧客名、メールアドレス</translation>
    </message>
    <message>
        <source>Go to id, name or e-mail</source>
        <translation>ID、名前、メールアドレスで移動</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>一致する顧客</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>検索中…</translation>
    </message>
</context>
<context>
    <name>InvoiceActionsDialog</name>
    <message>
        <source>Failed payment</source>
        <translation>失敗した支払い</translation>
    </message>
    <message>
        <source>Invoice %1 (%2) is %3: %4 is still due.</source>
        <translation>請求書 %1 (%2) のステータスは「%3」です。未払い額は %4 です。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 未払い</translation>
    </message>
    <message>
        <source>Send payment link…</source>
        <translation>支払いリンクを送る…</translation>
    </message>
    <message>
        <source>Give the customer the invoice&apos;s payment page: link, QR code and a message</source>
        <translation>請求書の支払いページを、リンク・QR コード・メッセージでお客様に渡します</translation>
    </message>
    <message>
        <source>Only an open invoice has a page the customer can pay on.</source>
        <translation>お客様が支払えるページがあるのは未払いの請求書だけです。</translation>
    </message>
    <message>
        <source>Retry the payment now</source>
        <translation>今すぐ支払いを再試行</translation>
    </message>
    <message>
        <source>Mark uncollectible (write off, still owed)</source>
        <translation>回収不能にする (貸し倒れ処理、支払い義務は残る)</translation>
    </message>
    <message>
        <source>Void (nothing is owed; cannot be undone)</source>
        <translation>無効にする (支払い義務なし、元に戻せません)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>This invoice is %1: nothing can be done with it here.</source>
        <translation>この請求書のステータスは「%1」です。ここで行える操作はありません。</translation>
    </message>
    <message>
        <source>%1 is charged now to the subscription&apos;s saved wallet, without the customer. If the wallet needs the customer&apos;s approval, the approval dialog opens.</source>
        <translation>顧客の操作なしで、サブスクリプションに保存されたウォレットに %1 を今すぐ請求します。ウォレットで顧客の承認が必要な場合は、承認ダイアログが開きます。</translation>
    </message>
    <message>
        <source>No more attempts are made to collect %1. The invoice stays owed and can still be paid or voided later.</source>
        <translation>%1 の回収はこれ以上試みません。請求書は未払いのまま残り、後で支払いまたは無効化できます。</translation>
    </message>
    <message>
        <source>The invoice is voided: the customer no longer owes %1. This cannot be undone.</source>
        <translation>請求書を無効にします。顧客は %1 を支払う必要がなくなります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>The customer&apos;s wallet needs their approval: continue in the Kakao Pay approval window.</source>
        <translation>顧客のウォレットで承認が必要です。Kakao Pay の承認ウィンドウで続けてください。</translation>
    </message>
    <message>
        <source>Invoice %1 is now %2.</source>
        <translation>請求書 %1 のステータスは「%2」になりました。</translation>
    </message>
</context>
<context>
    <name>InvoicesDialog</name>
    <message>
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>All of the customer&apos;s invoices</source>
        <translation>顧客のすべての請求書</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払額</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>未払い額</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Open invoice page</source>
        <translation>請求書ページを開く</translation>
    </message>
    <message>
        <source>Retry or write off…</source>
        <translation>再試行または貸し倒れ処理…</translation>
    </message>
    <message>
        <source>Send payment link…</source>
        <translation>支払いリンクを送る…</translation>
    </message>
    <message>
        <source>Invoices of customer %1</source>
        <translation>顧客 %1 の請求書</translation>
    </message>
    <message>
        <source>Invoices of subscription %1</source>
        <translation>サブスクリプション %1 の請求書</translation>
    </message>
    <message>
        <source>A draft invoice has no page yet.</source>
        <translation>下書きの請求書にはまだページがありません。</translation>
    </message>
    <message>
        <source>Only an open invoice has a page the customer can pay on.</source>
        <translation>お客様が支払えるページがあるのは未払いの請求書だけです。</translation>
    </message>
    <message>
        <source>Only an open or uncollectible invoice can be retried or written off.</source>
        <translation>再試行または貸し倒れ処理ができるのは、支払い待ちまたは回収不能の請求書のみです。</translation>
    </message>
    <message>
        <source>No browser could open the invoice page.</source>
        <translation>請求書ページを開けるブラウザーがありませんでした。</translation>
    </message>
</context>
<context>
    <name>KakaoTexts</name>
    <message>
        <source>en</source>
        <extracomment>The code of the language of this translation: ko for Korean, ja for Japanese.</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>The Kakao Pay wallet does not have enough funds.</source>
        <translation>Kakao Pay ウォレットの残高が不足しています。</translation>
    </message>
    <message>
        <source>The customer did not approve the payment in Kakao Pay.</source>
        <translation>顧客が Kakao Pay で支払いを承認しませんでした。</translation>
    </message>
    <message>
        <source>The customer did not approve saving the wallet in Kakao Pay.</source>
        <translation>顧客が Kakao Pay でウォレットの保存を承認しませんでした。</translation>
    </message>
    <message>
        <source>This wallet cannot be charged without the customer: it has no active permission for automatic charges.</source>
        <translation>このウォレットには自動請求の有効な許可がないため、顧客の操作なしでは請求できません。</translation>
    </message>
    <message>
        <source>Kakao Pay declined the payment.</source>
        <translation>Kakao Pay が支払いを拒否しました。</translation>
    </message>
    <message>
        <source>Stripe reported the attempt as failed.</source>
        <translation>Stripe から試行の失敗が報告されました。</translation>
    </message>
    <message>
        <source>Ask the customer to try again with “Add Kakao Pay”, or to use another Kakao Pay account.</source>
        <translation>「Kakao Pay を追加」でもう一度試すか、別の Kakao Pay アカウントを使うよう顧客に依頼してください。</translation>
    </message>
    <message>
        <source>Ask the customer to top up their Kakao Pay wallet or link a card in Kakao Pay, then use “Resume payment” so they can approve the payment. Stripe keeps the subscription incomplete for about 23 hours.</source>
        <translation>Kakao Pay ウォレットへのチャージまたは Kakao Pay でのカード連携を顧客に依頼し、その後「支払いを再開」で顧客が支払いを承認できるようにしてください。Stripe はサブスクリプションを約 23 時間、未完了のまま保持します。</translation>
    </message>
    <message>
        <source>Use “Resume payment” to ask the customer to approve the payment in Kakao Pay. Stripe keeps the subscription incomplete for about 23 hours, then expires it.</source>
        <translation>「支払いを再開」で、Kakao Pay での支払いの承認を顧客に依頼してください。Stripe はサブスクリプションを約 23 時間未完了のまま保持し、その後期限切れにします。</translation>
    </message>
    <message>
        <source>There is no link to open yet.</source>
        <translation>開くリンクがまだありません。</translation>
    </message>
    <message>
        <source>This link was refused: it contains spaces, backslashes or characters that Stripe&apos;s links never contain.</source>
        <translation>このリンクは拒否されました: Stripe のリンクには決して含まれない空白、バックスラッシュまたは文字が含まれています。</translation>
    </message>
    <message>
        <source>This link was refused: it is far too long.</source>
        <translation>このリンクは拒否されました: 長すぎます。</translation>
    </message>
    <message>
        <source>This link was refused: it is not a valid address.</source>
        <translation>このリンクは拒否されました: 有効なアドレスではありません。</translation>
    </message>
    <message>
        <source>This link was refused: only https links to Stripe are used (it starts with “%1:”).</source>
        <translation>このリンクは拒否されました: Stripe への https リンクだけを使います(このリンクは「%1:」で始まっています)。</translation>
    </message>
    <message>
        <source>This link was refused: it carries a user name or password.</source>
        <translation>このリンクは拒否されました: ユーザー名またはパスワードが含まれています。</translation>
    </message>
    <message>
        <source>This link was refused: it does not point to Stripe (%1).</source>
        <translation>このリンクは拒否されました: Stripe を指していません(%1)。</translation>
    </message>
    <message>
        <source>This link was refused: it names a port that Stripe&apos;s pages do not use.</source>
        <translation>このリンクは拒否されました: Stripe のページが使わないポートを指定しています。</translation>
    </message>
    <message>
        <source>This link was refused: it is written in a way Stripe never writes links (it would be read as going to “%1”).</source>
        <translation>このリンクは拒否されました: Stripe が決して使わない書き方のリンクです(「%1」へ向かうものとして読まれます)。</translation>
    </message>
    <message>
        <source>This link was refused.</source>
        <translation>このリンクは拒否されました。</translation>
    </message>
    <message>
        <source>The link is not shown, copied or put in the QR code. Do not send the customer any other link: cancel this request, check that the profile&apos;s API base URL is Stripe&apos;s, and try again.</source>
        <translation>このリンクは表示もコピーも QR コードへの埋め込みもしません。お客様に別のリンクを送らないでください。このリクエストを取り消し、プロファイルの API ベース URL が Stripe のものか確認してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>This key cannot read Stripe&apos;s events, so changes made elsewhere appear only when you refresh (F5).</source>
        <translation>このキーでは Stripe のイベントを読めないため、ほかの場所での変更は更新 (F5) したときにだけ表示されます。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>プロファイルを切り替え</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation>プロファイルを追加…</translation>
    </message>
    <message>
        <source>Remove profile…</source>
        <translation>プロファイルを削除…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Activity log…</source>
        <translation>操作ログ…</translation>
    </message>
    <message>
        <source>The key of “%1” is not available: connect the account again.</source>
        <translation>「%1」のキーを使用できません。アカウントを接続し直してください。</translation>
    </message>
    <message>
        <source>The keychain did not give the key of “%1”: %2</source>
        <translation>キーチェーンから「%1」のキーを取得できませんでした: %2</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its API key is deleted from this computer&apos;s keychain. Nothing changes on Stripe.</source>
        <translation>プロファイル「%1」を削除しますか? API キーはこのコンピューターのキーチェーンから削除されます。Stripe 側では何も変わりません。</translation>
    </message>
    <message>
        <source>The new language applies when kpadmin starts again.</source>
        <translation>新しい言語は kpadmin を再起動すると適用されます。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>This tab is not available in this build.</source>
        <translation>このビルドではこのタブを使用できません。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About kpadmin</source>
        <translation>kpadmin について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Metadata can have at most 50 keys.</source>
        <translation>メタデータのキーは最大 50 個です。</translation>
    </message>
    <message>
        <source>Every metadata row needs a key.</source>
        <translation>メタデータの各行にキーが必要です。</translation>
    </message>
    <message>
        <source>Metadata keys can be at most 40 characters.</source>
        <translation>メタデータのキーは最大 40 文字です。</translation>
    </message>
    <message>
        <source>Metadata keys cannot contain square brackets.</source>
        <translation>メタデータのキーに角かっこ ([ ]) は使用できません。</translation>
    </message>
    <message>
        <source>Metadata values can be at most 500 characters.</source>
        <translation>メタデータの値は最大 500 文字です。</translation>
    </message>
    <message>
        <source>Each metadata key can appear only once.</source>
        <translation>同じメタデータキーは 1 回しか使用できません。</translation>
    </message>
    <message>
        <source>Every metadata key needs a value (Stripe drops a key whose value is empty).</source>
        <translation>メタデータの各キーには値が必要です (値が空のキーは Stripe で削除されます)。</translation>
    </message>
    <message>
        <source>Metadata contains an invisible control character (pasted text?); remove it.</source>
        <translation>メタデータに目に見えない制御文字が含まれています (貼り付けたテキストかもしれません)。削除してください。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add metadata row</source>
        <translation>メタデータの行を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove metadata row</source>
        <translation>メタデータの行を削除</translation>
    </message>
</context>
<context>
    <name>ModeBadge</name>
    <message>
        <source>SANDBOX</source>
        <extracomment>Badge for kpadmin&apos;s own local sandbox (a server inside kpadmin, on this computer), which is NOT Stripe&apos;s test mode nor a Stripe &quot;sandbox&quot; account: nothing reaches Stripe. Short, upper case where the script has case; it sits beside TEST and LIVE.</extracomment>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>TEST</source>
        <extracomment>Badge for Stripe&apos;s test mode (a sk_test_ key): Stripe&apos;s Dashboard says &quot;test mode&quot;.</extracomment>
        <translation>テスト</translation>
    </message>
    <message>
        <source>LIVE</source>
        <extracomment>Badge for Stripe&apos;s live mode (a sk_live_ key): real money. Stripe&apos;s Dashboard word.</extracomment>
        <translation>本番</translation>
    </message>
    <message>
        <source>Local sandbox: nothing here reaches Stripe.</source>
        <translation>ローカルサンドボックス: ここでの操作は Stripe に送られません。</translation>
    </message>
    <message>
        <source>The demo shop resets when kpadmin closes.</source>
        <translation>デモショップは kpadmin を閉じるとリセットされます。</translation>
    </message>
    <message>
        <source>Stripe test mode: no real money moves.</source>
        <translation>Stripe テストモード: 実際のお金は動きません。</translation>
    </message>
    <message>
        <source>LIVE: real customers and real money.</source>
        <translation>LIVE: 実際の顧客と実際のお金です。</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>モード: %1</translation>
    </message>
</context>
<context>
    <name>NewSubscriptionDialog</name>
    <message>
        <source>New subscription</source>
        <translation>新規サブスクリプション</translation>
    </message>
    <message>
        <source>Kakao Pay charges in Korean won only: prices in other currencies are listed but cannot be chosen.</source>
        <translation>Kakao Pay は韓国ウォン建てでのみ請求できます。他の通貨の価格も一覧に表示されますが、選択はできません。</translation>
    </message>
    <message>
        <source>Choose a customer…</source>
        <translation>顧客を選択…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Customer name or cus_…</source>
        <translation>顧客名または cus_…</translation>
    </message>
    <message>
        <source>Add another price</source>
        <translation>価格を追加</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>無料トライアル</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Trial length in days</source>
        <translation>トライアル日数</translation>
    </message>
    <message>
        <source>Kakao Pay wallet</source>
        <translation>Kakao Pay ウォレット</translation>
    </message>
    <message>
        <source>Add Kakao Pay…</source>
        <translation>Kakao Pay を追加…</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>トライアル</translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation>支払い方法</translation>
    </message>
    <message>
        <source>Resume payment…</source>
        <translation>支払いを再開…</translation>
    </message>
    <message>
        <source>Ask the customer to approve the first payment in Kakao Pay</source>
        <translation>Kakao Pay で初回の支払いを承認するよう顧客に依頼します</translation>
    </message>
    <message>
        <source>Start subscription</source>
        <translation>サブスクリプションを開始</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation>価格 %1</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Choose a price…</source>
        <translation>価格を選択…</translation>
    </message>
    <message>
        <source>%1 — not payable with Kakao Pay (KRW only)</source>
        <translation>%1 — Kakao Pay では支払えません (KRW のみ)</translation>
    </message>
    <message>
        <source>Kakao Pay · %1</source>
        <translation>Kakao Pay · %1</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(デフォルト)</translation>
    </message>
    <message>
        <source>This customer has no saved Kakao Pay wallet yet. Save one first with “Add Kakao Pay”.</source>
        <translation>この顧客には保存済みの Kakao Pay ウォレットがまだありません。先に「Kakao Pay を追加」で保存してください。</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>顧客を選択してください。</translation>
    </message>
    <message>
        <source>Choose at least one KRW price.</source>
        <translation>KRW の価格を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Kakao Pay can only pay prices in Korean won (KRW).</source>
        <translation>Kakao Pay で支払えるのは韓国ウォン (KRW) の価格のみです。</translation>
    </message>
    <message>
        <source>All prices of one subscription must bill at the same interval.</source>
        <translation>1 つのサブスクリプション内の価格は、すべて同じ請求間隔にする必要があります。</translation>
    </message>
    <message>
        <source>Each price can appear only once; raise its quantity instead.</source>
        <translation>同じ価格は 1 回しか追加できません。代わりに数量を増やしてください。</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s Kakao Pay wallet.</source>
        <translation>顧客の Kakao Pay ウォレットを選択してください。</translation>
    </message>
    <message>
        <source>%1 %2 — terms to give the customer:</source>
        <translation>%1 %2 — 顧客に伝える条件:</translation>
    </message>
    <message>
        <source>Subscription %1 is %2.</source>
        <translation>サブスクリプション %1 のステータスは「%2」です。</translation>
    </message>
    <message>
        <source>Subscription %1 waits for the customer to approve the first payment.</source>
        <translation>サブスクリプション %1 は、顧客による初回支払いの承認を待っています。</translation>
    </message>
    <message>
        <source>Subscription %1 is incomplete: the first payment did not go through.</source>
        <translation>サブスクリプション %1 は未完了です。初回の支払いが完了しませんでした。</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Kakao Pay wallet saved</source>
        <translation>Kakao Pay ウォレットを保存しました</translation>
    </message>
    <message>
        <source>Kakao Pay payment approved</source>
        <translation>Kakao Pay の支払いが承認されました</translation>
    </message>
    <message>
        <source>%1: the customer approved; the wallet is saved for later payments.</source>
        <translation>%1: 顧客が承認しました。今後の支払いのためにウォレットが保存されました。</translation>
    </message>
    <message>
        <source>%1: the customer approved the payment in Kakao Pay.</source>
        <translation>%1: 顧客が Kakao Pay で支払いを承認しました。</translation>
    </message>
    <message>
        <source>%1: the customer did not approve in time; the link has expired.</source>
        <translation>%1: 顧客が時間内に承認しなかったため、リンクの有効期限が切れました。</translation>
    </message>
    <message>
        <source>Kakao Pay wallet not saved</source>
        <translation>Kakao Pay ウォレットは保存されませんでした</translation>
    </message>
    <message>
        <source>Renewal payment failed</source>
        <translation>更新の支払いに失敗</translation>
    </message>
    <message>
        <source>%1: the renewal payment failed.</source>
        <translation>%1: 更新の支払いに失敗しました。</translation>
    </message>
    <message>
        <source>Failed renewal payments: %1.</source>
        <translation>失敗した更新の支払い: %1 件。</translation>
    </message>
    <message>
        <source>Kakao Pay payment not approved</source>
        <translation>Kakao Pay の支払いは承認されませんでした</translation>
    </message>
    <message>
        <source>Stripe did not accept the request.</source>
        <translation>Stripe がリクエストを受け付けませんでした。</translation>
    </message>
    <message>
        <source>%1: the approval failed.</source>
        <translation>%1: 承認に失敗しました。</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>Retry the connection to Stripe now</source>
        <translation>今すぐ Stripe への接続を再試行します</translation>
    </message>
    <message>
        <source>Stripe cannot be reached. The rows shown were loaded before the connection was lost; kpadmin keeps trying and reloads when it is back.</source>
        <translation>Stripe に接続できません。表示中の行は接続が切れる前に読み込んだものです。kpadmin は接続を試み続け、回復すると再読み込みします。</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>Subscriptions by status</source>
        <translation>ステータス別のサブスクリプション</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Monthly recurring revenue (%1)</source>
        <translation>月次経常収益 (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>解約</translation>
    </message>
    <message>
        <source>MRR movements (%1)</source>
        <translation>MRR変動(%1)</translation>
    </message>
</context>
<context>
    <name>OverviewFigures</name>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Net change (%1)</source>
        <translation>純増減(%1)</translation>
    </message>
    <message>
        <source>Paying customers at the start</source>
        <translation>月初の支払い中の顧客</translation>
    </message>
    <message>
        <source>Customers churned</source>
        <translation>解約した顧客</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>解約率</translation>
    </message>
    <message>
        <source>Trials ended</source>
        <translation>終了したトライアル</translation>
    </message>
    <message>
        <source>Trials converted</source>
        <translation>有料に転換したトライアル</translation>
    </message>
    <message>
        <source>Failed invoices</source>
        <translation>支払いに失敗した請求書</translation>
    </message>
    <message>
        <source>Recovered invoices</source>
        <translation>回収された請求書</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview summary</source>
        <translation>概要のまとめ</translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation>サブスクリプションを読み込み中…</translation>
    </message>
    <message>
        <source>Revenue currency</source>
        <translation>収益の通貨</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Refresh overview</source>
        <translation>概要を更新</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>読み込みの進捗</translation>
    </message>
    <message>
        <source>Subscriptions by status chart</source>
        <translation>ステータス別サブスクリプションのグラフ</translation>
    </message>
    <message>
        <source>Monthly recurring revenue chart</source>
        <translation>月次経常収益のグラフ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Reading subscriptions and invoices: %v of about %m pages</source>
        <translation>サブスクリプションと請求書を読み込み中: 約 %m ページ中 %v ページ</translation>
    </message>
    <message>
        <source>Still reading: %1 subscriptions so far.</source>
        <translation>読み込み中: これまでにサブスクリプション %1 件。</translation>
    </message>
    <message>
        <source>Monthly recurring revenue now: %1. Live subscriptions: %2 (%3 read, canceled included).</source>
        <translation>現在の月次経常収益: %1。継続中のサブスクリプション: %2 (読み込み %3 件、キャンセル済みを含む)。</translation>
    </message>
    <message numerus="yes">
        <source>Not counted: %n item(s) without a flat price.</source>
        <translation>
            <numerusform>固定価格でない %n 件の項目は集計に含まれていません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause payments</source>
        <translation>請求を一時停止</translation>
    </message>
    <message>
        <source>Stop charging the customer for a while. The subscription stays; its invoices are handled as you choose below.</source>
        <translation>顧客への請求を一時的に停止します。サブスクリプションは残り、その間の請求書は以下で選んだとおりに処理されます。</translation>
    </message>
    <message>
        <source>Resume payments</source>
        <translation>請求を再開</translation>
    </message>
    <message>
        <source>Charge the customer again from the next invoice on.</source>
        <translation>次回の請求書から顧客への請求を再開します。</translation>
    </message>
    <message>
        <source>Resume subscription</source>
        <translation>サブスクリプションを再開</translation>
    </message>
    <message>
        <source>Start the paused subscription again: a new period starts now and is invoiced.</source>
        <translation>一時停止中のサブスクリプションを再開します。新しい期間が今から始まり、請求されます。</translation>
    </message>
    <message>
        <source>Invoices while paused</source>
        <translation>停止中の請求書</translation>
    </message>
    <message>
        <source>Resume by itself on</source>
        <translation>自動で再開する日</translation>
    </message>
    <message>
        <source>Resume date</source>
        <translation>再開日</translation>
    </message>
    <message>
        <source>The subscription becomes active again and the customer is charged for a new period starting now.</source>
        <translation>サブスクリプションは再び有効になり、今から始まる新しい期間の料金が顧客に請求されます。</translation>
    </message>
    <message>
        <source>The next invoice is charged to the customer as usual. Invoices made during the pause stay as they are.</source>
        <translation>次回の請求書は通常どおり顧客に請求されます。停止中に作成された請求書はそのまま残ります。</translation>
    </message>
    <message>
        <source>each renewal&apos;s invoice is voided: the customer will never owe it</source>
        <translation>更新ごとの請求書は無効になり、顧客に支払い義務は生じません</translation>
    </message>
    <message>
        <source>each renewal&apos;s invoice stays a draft: you can collect it later</source>
        <translation>更新ごとの請求書は下書きのまま残り、後で回収できます</translation>
    </message>
    <message>
        <source>each renewal&apos;s invoice is marked uncollectible: owed, but not charged</source>
        <translation>更新ごとの請求書は回収不能になります (未払いとして残りますが、請求はされません)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>until you resume it</source>
        <translation>再開するまで</translation>
    </message>
    <message>
        <source>No payment is taken %1; %2. The subscription itself stays %3.</source>
        <translation>%1は請求を行いません。%2。サブスクリプション自体のステータスは「%3」のままです。</translation>
    </message>
    <message>
        <source>Payments are paused until %1.</source>
        <translation>%1 まで請求を一時停止しました。</translation>
    </message>
    <message>
        <source>Payments are paused.</source>
        <translation>請求を一時停止しました。</translation>
    </message>
    <message>
        <source>Payments are collected again (status: %1).</source>
        <translation>請求を再開しました (ステータス: %1)。</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Kakao Pay</source>
        <translation>Kakao Pay</translation>
    </message>
    <message>
        <source>Naver Pay</source>
        <translation>Naver Pay</translation>
    </message>
    <message>
        <source>Korean card</source>
        <translation>韓国のカード</translation>
    </message>
    <message>
        <source>PAYCO</source>
        <translation>PAYCO</translation>
    </message>
    <message>
        <source>Samsung Pay</source>
        <translation>Samsung Pay</translation>
    </message>
</context>
<context>
    <name>PaymentMethodDialog</name>
    <message>
        <source>Payment method</source>
        <translation>支払い方法</translation>
    </message>
    <message>
        <source>Choose which of the customer&apos;s wallets pays this subscription from now on.</source>
        <translation>今後このサブスクリプションの支払いに使う、顧客のウォレットを選択してください。</translation>
    </message>
    <message>
        <source>Use this payment method</source>
        <translation>この支払い方法を使用</translation>
    </message>
    <message>
        <source>Saved payment methods</source>
        <translation>保存済みの支払い方法</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>ウォレット</translation>
    </message>
    <message>
        <source>Add Kakao Pay…</source>
        <translation>Kakao Pay を追加…</translation>
    </message>
    <message>
        <source>The customer approves a new wallet in Kakao Pay</source>
        <translation>顧客が Kakao Pay で新しいウォレットを承認します</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(現在)</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>保存日 %1</translation>
    </message>
    <message>
        <source>No saved payment methods: add Kakao Pay.</source>
        <translation>保存済みの支払い方法がありません。Kakao Pay を追加してください。</translation>
    </message>
    <message>
        <source>Select a payment method other than the current one.</source>
        <translation>現在とは別の支払い方法を選択してください。</translation>
    </message>
    <message>
        <source>From the next charge on, this subscription is paid with %1 (%2).</source>
        <translation>次回の請求から、このサブスクリプションは %1 (%2) で支払われます。</translation>
    </message>
    <message>
        <source>The subscription is now paid with %1.</source>
        <translation>サブスクリプションの支払い方法を %1 に変更しました。</translation>
    </message>
</context>
<context>
    <name>PendingApprovals</name>
    <message>
        <source>Kakao Pay — done</source>
        <translation>Kakao Pay — 完了</translation>
    </message>
    <message>
        <source>Done. You can close this tab.</source>
        <translation>完了しました。このタブは閉じてかまいません。</translation>
    </message>
    <message>
        <source>kpadmin has been told. The result is shown in kpadmin once Stripe confirms it.</source>
        <translation>kpadmin に通知しました。Stripe が確認すると、結果が kpadmin に表示されます。</translation>
    </message>
    <message>
        <source>en</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>A new language applies the next time kpadmin starts.</source>
        <translation>新しい言語は次回 kpadmin を起動したときに適用されます。</translation>
    </message>
    <message>
        <source>Return page</source>
        <translation>戻り先ページ</translation>
    </message>
    <message>
        <source>Built-in (this computer)</source>
        <translation>内蔵 (このコンピューター)</translation>
    </message>
    <message>
        <source>Where Kakao Pay sends the buyer after approving. Leave empty to use a page kpadmin serves on this computer; set your own https page when buyers approve on their phones.</source>
        <translation>購入者が承認した後に Kakao Pay が移動するページです。空欄の場合は、kpadmin がこのコンピューターで表示するページを使います。購入者がスマートフォンで承認する場合は、独自の https ページを指定してください。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Kakao Pay &amp;return page:</source>
        <translation>Kakao Pay の戻り先ページ(&amp;R):</translation>
    </message>
    <message>
        <source>The return page must be an https:// address (or empty).</source>
        <translation>戻り先ページは https:// で始まるアドレスにしてください (空欄も可)。</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>Edit price</source>
        <translation>価格を編集</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>新規価格</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Kakao Pay note</source>
        <translation>Kakao Pay に関する注意</translation>
    </message>
    <message>
        <source>Tax behaviour</source>
        <translation>税の扱い</translation>
    </message>
    <message>
        <source>Unspecified (account default)</source>
        <translation>未指定 (アカウントのデフォルト)</translation>
    </message>
    <message>
        <source>Inclusive (tax included in the amount)</source>
        <translation>内税 (金額に税を含む)</translation>
    </message>
    <message>
        <source>Exclusive (tax added to the amount)</source>
        <translation>外税 (金額に税を加算)</translation>
    </message>
    <message>
        <source>Lookup key</source>
        <translation>ルックアップキー</translation>
    </message>
    <message>
        <source>optional, e.g. photo_monthly</source>
        <translation>任意 (例: photo_monthly)</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <source>optional, not shown to customers</source>
        <translation>任意 (顧客には表示されません)</translation>
    </message>
    <message>
        <source>Active (can be used for new subscriptions)</source>
        <translation>有効 (新しいサブスクリプションで使用可能)</translation>
    </message>
    <message>
        <source>Make this the default price</source>
        <translation>この価格をデフォルトの価格にする</translation>
    </message>
    <message>
        <source>The price Checkout, the Dashboard and the products list show for this product</source>
        <translation>Checkout、ダッシュボード、商品一覧でこの商品の価格として表示されます</translation>
    </message>
    <message>
        <source>Create a new price…</source>
        <translation>新しい価格を作成…</translation>
    </message>
    <message>
        <source>Create a new price from this one</source>
        <translation>この価格をもとに新しい価格を作成</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Ta&amp;x behaviour</source>
        <translation>税の扱い(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Lookup key</source>
        <translation>ルックアップキー(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Nickname</source>
        <translation>ニックネーム(&amp;N)</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Save price</source>
        <translation>価格を保存</translation>
    </message>
    <message>
        <source>Stripe does not let a price change its amount, currency, billing interval or tax behaviour. Create a new price instead, then archive this one: existing subscriptions keep it.</source>
        <translation>Stripe では、価格の金額、通貨、請求間隔、税の扱いは変更できません。代わりに新しい価格を作成し、この価格をアーカイブしてください。既存のサブスクリプションは引き続きこの価格を使用します。</translation>
    </message>
    <message>
        <source>Note: Kakao Pay needs at least %1 per payment; customers cannot pay this price with Kakao Pay.</source>
        <translation>注意: Kakao Pay の 1 回あたりの最低支払額は %1 です。顧客はこの価格を Kakao Pay で支払えません。</translation>
    </message>
</context>
<context>
    <name>PricesModel</name>
    <message>
        <source>One-time</source>
        <translation>1 回限り</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>%1 日ごと</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation>%1 週間ごと</translation>
    </message>
    <message>
        <source>Every %1 months</source>
        <translation>%1 か月ごと</translation>
    </message>
    <message>
        <source>Every %1 years</source>
        <translation>%1 年ごと</translation>
    </message>
    <message>
        <source>/ day</source>
        <translation>/ 日</translation>
    </message>
    <message>
        <source>/ week</source>
        <translation>/ 週</translation>
    </message>
    <message>
        <source>/ month</source>
        <translation>/ 月</translation>
    </message>
    <message>
        <source>/ year</source>
        <translation>/ 年</translation>
    </message>
    <message>
        <source>/ %1 days</source>
        <translation>/ %1 日</translation>
    </message>
    <message>
        <source>/ %1 weeks</source>
        <translation>/ %1 週間</translation>
    </message>
    <message>
        <source>/ %1 months</source>
        <translation>/ %1 か月</translation>
    </message>
    <message>
        <source>/ %1 years</source>
        <translation>/ %1 年</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>変動</translation>
    </message>
    <message>
        <source>Inclusive</source>
        <translation>内税</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>外税</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <source>Lookup key</source>
        <translation>ルックアップキー</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>%1 · Default</source>
        <translation>%1 · デフォルト</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>新規商品</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>商品を編集</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>商品名</translation>
    </message>
    <message>
        <source>e.g. Stock photo subscription</source>
        <translation>例: ストックフォト定額プラン</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>税コード</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>説明(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tax code</source>
        <translation>税コード(&amp;T)</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>商品を保存</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>商品名を入力してください。</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>Default price</source>
        <translation>デフォルト価格</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Demo sandbox</source>
        <extracomment>The built-in demo profile: a shop with sample data on kpadmin&apos;s local sandbox.</extracomment>
        <translation>デモサンドボックス</translation>
    </message>
</context>
<context>
    <name>QrCodeLabel</name>
    <message>
        <source>QR code of the approval link</source>
        <translation>承認リンクの QR コード</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Filter loaded rows</source>
        <translation>読み込んだ行を絞り込み</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID をコピー</translation>
    </message>
    <message>
        <source>Open in Stripe Dashboard</source>
        <translation>Stripe ダッシュボードで開く</translation>
    </message>
    <message>
        <source>Export loaded rows to CSV…</source>
        <translation>読み込んだ行を CSV にエクスポート…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>CSV にエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Could not load. Press F5 to try again.</source>
        <translation>読み込めませんでした。F5 キーを押して再試行してください。</translation>
    </message>
    <message>
        <source>No loaded rows match the filter.</source>
        <translation>フィルターに一致する行はありません。</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>返金</translation>
    </message>
    <message>
        <source>Give money back for the latest payment of this subscription. The subscription itself is not changed.</source>
        <translation>このサブスクリプションの最新の支払いを返金します。サブスクリプション自体は変更されません。</translation>
    </message>
    <message>
        <source>Loading the latest payment…</source>
        <translation>最新の支払いを読み込み中…</translation>
    </message>
    <message>
        <source>Part of it:</source>
        <translation>一部:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No payment was found for this subscription.</source>
        <translation>このサブスクリプションの支払いが見つかりませんでした。</translation>
    </message>
    <message>
        <source>unknown method</source>
        <translation>不明な支払い方法</translation>
    </message>
    <message>
        <source>%1 paid on %2 with %3 (%4).</source>
        <translation>%2 に %3 で %1 が支払われました (%4)。</translation>
    </message>
    <message>
        <source>Already refunded: %1.</source>
        <translation>返金済み: %1。</translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>%1 支払い済み</translation>
    </message>
    <message>
        <source>All that is left: %1</source>
        <translation>残額すべて: %1</translation>
    </message>
    <message>
        <source>Partial refunds are allowed, up to what was paid. %1 payments can be refunded for %2 days: until %3.</source>
        <translation>支払額までの一部返金が可能です。%1 の支払いは %2 日間 (%3 まで) 返金できます。</translation>
    </message>
    <message>
        <source>Partial refunds are allowed, up to what was paid.</source>
        <translation>支払額までの一部返金が可能です。</translation>
    </message>
    <message>
        <source>There is no payment to refund.</source>
        <translation>返金できる支払いがありません。</translation>
    </message>
    <message>
        <source>This payment has already been refunded in full.</source>
        <translation>この支払いはすでに全額返金されています。</translation>
    </message>
    <message>
        <source>Enter an amount above zero and at most %1.</source>
        <translation>0 より大きく %1 以下の金額を入力してください。</translation>
    </message>
    <message>
        <source>This payment is older than %1 days and can no longer be refunded with this method.</source>
        <translation>この支払いは %1 日以上前のものであるため、この方法ではもう返金できません。</translation>
    </message>
    <message>
        <source>%1 goes back to the customer&apos;s %2. The subscription continues unchanged; cancel it separately if the customer is leaving.</source>
        <translation>%1 を顧客の %2 に返金します。サブスクリプションは変更されずに継続します。顧客が解約する場合は、別途キャンセルしてください。</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>支払い方法</translation>
    </message>
    <message>
        <source>Refund %1: %2, %3.</source>
        <translation>返金 %1: %2、%3。</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Type to search Stripe</source>
        <translation>入力すると Stripe で検索します</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>「%1」に一致する項目はありません</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>検索できませんでした</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Show %1</source>
        <translation>%1を表示</translation>
    </message>
    <message>
        <source>Go to an id, a customer&apos;s name or e-mail</source>
        <translation>ID、顧客の名前またはメールアドレスに移動</translation>
    </message>
    <message>
        <source>Search or filter the current tab</source>
        <translation>現在のタブを検索または絞り込み</translation>
    </message>
    <message>
        <source>New object on the current tab</source>
        <translation>現在のタブで新規作成</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>顧客を新規作成</translation>
    </message>
    <message>
        <source>New price for the selected product</source>
        <translation>選択した商品の価格を新規作成</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>サブスクリプションを新規作成</translation>
    </message>
    <message>
        <source>Refresh the current tab</source>
        <translation>現在のタブを更新</translation>
    </message>
    <message>
        <source>Show keyboard shortcuts</source>
        <translation>キーボードショートカットを表示</translation>
    </message>
    <message>
        <source>tab %1</source>
        <translation>タブ %1</translation>
    </message>
    <message>
        <source>This object cannot be shown here.</source>
        <translation>このオブジェクトはここでは表示できません。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Trialing</source>
        <translation>トライアル中</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Incomplete, expired</source>
        <translation>未完了 (期限切れ)</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>期日超過</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未払い</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払い済み</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>支払い待ち</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Uncollectible</source>
        <translation>回収不能</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s approval</source>
        <translation>顧客の承認待ち</translation>
    </message>
    <message>
        <source>Payment failed; needs a payment method</source>
        <translation>支払い失敗 (支払い方法が必要)</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Authorized, not captured</source>
        <translation>オーソリ済み (未キャプチャ)</translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <source>kpadmin: %1</source>
        <translation>kpadmin: %1</translation>
    </message>
    <message>
        <source>Plan changed: %1 → %2</source>
        <translation>プラン変更: %1 → %2</translation>
    </message>
    <message>
        <source>Payment failed (attempt %1)</source>
        <translation>支払い失敗 (%1 回目の試行)</translation>
    </message>
    <message>
        <source>Payment method saved: %1</source>
        <translation>支払い方法を保存: %1</translation>
    </message>
    <message>
        <source>Payment method removed: %1</source>
        <translation>支払い方法を削除: %1</translation>
    </message>
    <message>
        <source>Trial ended</source>
        <translation>トライアル終了</translation>
    </message>
    <message>
        <source>Subscription created</source>
        <translation>サブスクリプション作成</translation>
    </message>
    <message>
        <source>Trial started</source>
        <translation>トライアル開始</translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation>トライアル終了予定</translation>
    </message>
    <message>
        <source>Payments paused</source>
        <translation>請求を一時停止</translation>
    </message>
    <message>
        <source>Payments resumed</source>
        <translation>請求を再開</translation>
    </message>
    <message>
        <source>Cancellation scheduled</source>
        <translation>キャンセル予約済み</translation>
    </message>
    <message>
        <source>Subscription ends (cancellation)</source>
        <translation>サブスクリプション終了 (キャンセル)</translation>
    </message>
    <message>
        <source>Subscription canceled</source>
        <translation>サブスクリプションをキャンセル済み</translation>
    </message>
    <message>
        <source>Invoice finalized</source>
        <translation>請求書を確定</translation>
    </message>
    <message>
        <source>Invoice paid</source>
        <translation>請求書の支払い完了</translation>
    </message>
    <message>
        <source>Invoice voided</source>
        <translation>請求書を無効化</translation>
    </message>
    <message>
        <source>Invoice written off</source>
        <translation>請求書を貸し倒れ処理</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>返金済み</translation>
    </message>
    <message>
        <source>Declined; no reason given.</source>
        <translation>拒否されました。理由は示されていません。</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>リクエスト: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>コメント: %1</translation>
    </message>
    <message>
        <source>Still ahead</source>
        <translation>予定</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Amount, reason</source>
        <translation>金額、理由</translation>
    </message>
    <message>
        <source>By kpadmin</source>
        <translation>kpadmin の操作</translation>
    </message>
    <message>
        <source>Select a row to see its history.</source>
        <translation>行を選択すると、その履歴がここに表示されます。</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>履歴を読み込み中…</translation>
    </message>
    <message>
        <source>Stripe keeps events for 30 days: older plan changes, pauses and removed wallets are not listed.</source>
        <translation>Stripe はイベントを 30 日間保存します。それより前のプラン変更、一時停止、削除されたウォレットは表示されません。</translation>
    </message>
    <message>
        <source>There is more than kpadmin reads at once: the oldest parts are not listed.</source>
        <translation>kpadmin が一度に読み込める件数を超えているため、最も古い部分は表示されません。</translation>
    </message>
    <message>
        <source>Nothing has happened yet</source>
        <translation>まだ何も起きていません</translation>
    </message>
</context>
<context>
    <name>SubscriptionDetail</name>
    <message>
        <source>Subscription details</source>
        <translation>サブスクリプションの詳細</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Amount per period</source>
        <translation>期間あたりの金額</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>現在の期間</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>トライアル</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Default payment method</source>
        <translation>デフォルトの支払い方法</translation>
    </message>
    <message>
        <source>Latest invoice</source>
        <translation>最新の請求書</translation>
    </message>
    <message>
        <source>Invoice payment</source>
        <translation>請求書の支払い</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Subscription items</source>
        <translation>サブスクリプションアイテム</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Select a subscription to see its details.</source>
        <translation>サブスクリプションを選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>変動</translation>
    </message>
    <message>
        <source>No trial</source>
        <translation>トライアルなし</translation>
    </message>
    <message>
        <source>Trial until %1</source>
        <translation>%1 までトライアル</translation>
    </message>
    <message>
        <source>Trial ended %1</source>
        <translation>%1 にトライアル終了</translation>
    </message>
    <message>
        <source>Canceled on %1</source>
        <translation>%1 にキャンセル済み</translation>
    </message>
    <message>
        <source>Cancels at the end of the period (%1)</source>
        <translation>期間終了時にキャンセル (%1)</translation>
    </message>
    <message>
        <source>Cancels on %1</source>
        <translation>%1 にキャンセル予定</translation>
    </message>
    <message>
        <source>Renews automatically</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>Collecting payments</source>
        <translation>請求中</translation>
    </message>
    <message>
        <source>Paused: invoices are voided</source>
        <translation>一時停止中: 請求書は無効化</translation>
    </message>
    <message>
        <source>Paused: invoices stay drafts</source>
        <translation>一時停止中: 請求書は下書きのまま</translation>
    </message>
    <message>
        <source>Paused: invoices are marked uncollectible</source>
        <translation>一時停止中: 請求書は回収不能</translation>
    </message>
    <message>
        <source>None set (the customer&apos;s default is used)</source>
        <translation>未設定 (顧客のデフォルトを使用)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>%1 支払い済み</translation>
    </message>
    <message>
        <source>%1 due · %2</source>
        <translation>%1 未払い · %2</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 未払い</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>期間終了</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>変動</translation>
    </message>
</context>
<context>
    <name>SubscriptionsTab</name>
    <message>
        <source>No subscriptions match these filters.</source>
        <translation>条件に一致するサブスクリプションはありません。</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>ステータスで絞り込み</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>すべての顧客</translation>
    </message>
    <message>
        <source>Customer filter</source>
        <translation>顧客で絞り込み</translation>
    </message>
    <message>
        <source>Customer name or cus_…</source>
        <translation>顧客名または cus_…</translation>
    </message>
    <message>
        <source>Any price</source>
        <translation>すべての価格</translation>
    </message>
    <message>
        <source>Price filter</source>
        <translation>価格で絞り込み</translation>
    </message>
    <message>
        <source>Product name or price_…</source>
        <translation>商品名または price_…</translation>
    </message>
    <message>
        <source>New subscription…</source>
        <translation>新規サブスクリプション…</translation>
    </message>
    <message>
        <source>Resume payment…</source>
        <translation>支払いを再開…</translation>
    </message>
    <message>
        <source>Ask the customer to approve the first payment in Kakao Pay</source>
        <translation>Kakao Pay で初回の支払いを承認するよう顧客に依頼します</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>This subscription&apos;s first payment no longer needs the customer.</source>
        <translation>このサブスクリプションの初回支払いには、もう顧客の操作は必要ありません。</translation>
    </message>
    <message>
        <source>Subscription of %1 updated.</source>
        <translation>%1 のサブスクリプションを更新しました。</translation>
    </message>
</context>
<context>
    <name>SupportActions</name>
    <message>
        <source>Cancel…</source>
        <translation>キャンセル…</translation>
    </message>
    <message>
        <source>Pause payments…</source>
        <translation>請求を一時停止…</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>プランを変更…</translation>
    </message>
    <message>
        <source>Trial…</source>
        <translation>トライアル…</translation>
    </message>
    <message>
        <source>Payment method…</source>
        <translation>支払い方法…</translation>
    </message>
    <message>
        <source>Failed payment…</source>
        <translation>失敗した支払い…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>返金…</translation>
    </message>
    <message>
        <source>Invoices…</source>
        <translation>請求書…</translation>
    </message>
    <message>
        <source>Resume payments…</source>
        <translation>請求を再開…</translation>
    </message>
    <message>
        <source>Cancellation…</source>
        <translation>キャンセル予定…</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Complete the form first.</source>
        <translation>先にフォームを入力してください。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>TermsView</name>
    <message>
        <source>Terms shown in:</source>
        <translation>規約の表示言語:</translation>
    </message>
    <message>
        <source>Language of the terms</source>
        <translation>規約の言語</translation>
    </message>
</context>
<context>
    <name>TrialDialog</name>
    <message>
        <source>Trial</source>
        <translation>トライアル</translation>
    </message>
    <message>
        <source>The trial runs until %1.</source>
        <translation>トライアルは %1 までです。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>End the trial now</source>
        <translation>今すぐトライアルを終了</translation>
    </message>
    <message>
        <source>Extend the trial to</source>
        <translation>トライアルを延長:</translation>
    </message>
    <message>
        <source>New trial end</source>
        <translation>新しいトライアル終了日</translation>
    </message>
    <message>
        <source>Choose a date after the current end of the trial.</source>
        <translation>現在のトライアル終了日より後の日付を選んでください。</translation>
    </message>
    <message>
        <source>the plan&apos;s price</source>
        <translation>プランの価格</translation>
    </message>
    <message>
        <source>The trial ends now: the first paid period starts today and %1 is charged to the customer&apos;s payment method.</source>
        <translation>トライアルを今すぐ終了します。最初の有料期間が今日から始まり、顧客の支払い方法に %1 が請求されます。</translation>
    </message>
    <message>
        <source>The trial lasts until %1. Nothing is charged until then.</source>
        <translation>トライアルは %1 まで続きます。それまでは何も請求されません。</translation>
    </message>
    <message>
        <source>The trial now ends on %1.</source>
        <translation>トライアルの終了日を %1 に変更しました。</translation>
    </message>
    <message>
        <source>The trial has ended (status: %1); invoice %2 is %3.</source>
        <translation>トライアルを終了しました (ステータス: %1)。請求書 %2 のステータスは「%3」です。</translation>
    </message>
    <message>
        <source>The trial has ended (status: %1).</source>
        <translation>トライアルを終了しました (ステータス: %1)。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This is too long: at most %1 characters.</source>
        <translation>長すぎます。最大 %1 文字までです。</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>空欄にはできません。</translation>
    </message>
    <message>
        <source>This contains an invisible control character (pasted text?); remove it.</source>
        <translation>目に見えない制御文字が含まれています (貼り付けたテキストかもしれません)。削除してください。</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>メールアドレスの形式ではないようです。</translation>
    </message>
    <message>
        <source>A tax code looks like txcd_10000000 (leave empty for the account default).</source>
        <translation>税コードは txcd_10000000 のような形式です (アカウントのデフォルトを使う場合は空欄)。</translation>
    </message>
    <message>
        <source>A free trial lasts 1 to 730 days.</source>
        <translation>無料トライアルの期間は 1〜730 日です。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to kpadmin</source>
        <translation>kpadmin へようこそ</translation>
    </message>
    <message>
        <source>Manage Stripe Billing subscriptions paid with Kakao Pay. Connect your Stripe account, or look around in a demo shop that runs on this computer.</source>
        <translation>Kakao Pay で支払われる Stripe Billing のサブスクリプションを管理します。Stripe アカウントを接続するか、このコンピューターで動くデモショップを試してみてください。</translation>
    </message>
    <message>
        <source>Connect a Stripe account</source>
        <translation>Stripe アカウントを接続</translation>
    </message>
    <message>
        <source>Paste a secret key or a restricted key from the Stripe Dashboard (Developers → API keys). It is checked with Stripe, then kept in your computer&apos;s keychain only.</source>
        <translation>Stripe ダッシュボード (開発者 → API キー) からシークレットキーまたは制限付きキーを貼り付けてください。キーは Stripe で確認したうえで、このコンピューターのキーチェーンにだけ保存されます。</translation>
    </message>
    <message>
        <source>Try the demo sandbox</source>
        <translation>デモサンドボックスを試す</translation>
    </message>
    <message>
        <source>A pretend shop with products, customers and subscriptions. Nothing leaves this computer and no money moves.</source>
        <translation>商品・顧客・サブスクリプションがそろった架空のショップです。データはこのコンピューターの外に出ず、お金も動きません。</translation>
    </message>
    <message>
        <source>The demo shop resets when kpadmin closes: try anything, it starts afresh next time.</source>
        <translation>デモショップは kpadmin を閉じるとリセットされます。自由に試してください。次回は最初の状態から始まります。</translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation>デモショップを開く</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>デモサンドボックスを起動できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>confirm_live</name>
    <message>
        <source>LIVE account</source>
        <translation>LIVE アカウント</translation>
    </message>
    <message>
        <source>This is a LIVE Stripe account: real customers and real money.</source>
        <translation>これは LIVE の Stripe アカウントです。実際の顧客と実際のお金が関わります。</translation>
    </message>
    <message>
        <source>Yes, do it in LIVE</source>
        <translation>はい、LIVE で実行します</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Stripe did not accept this API key. Check it or connect the account again.</source>
        <translation>Stripe がこの API キーを受け付けませんでした。キーを確認するか、アカウントを接続し直してください。</translation>
    </message>
    <message>
        <source>This key is not allowed to do that. A restricted key needs more permissions.</source>
        <translation>このキーにはこの操作の権限がありません。制限付きキーに権限を追加する必要があります。</translation>
    </message>
    <message>
        <source>Stripe refused the request.</source>
        <translation>Stripe がリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>Stripe could not find this object. It may have been deleted.</source>
        <translation>Stripe でこのオブジェクトが見つかりませんでした。削除された可能性があります。</translation>
    </message>
    <message>
        <source>The payment was declined.</source>
        <translation>支払いが拒否されました。</translation>
    </message>
    <message>
        <source>Too many requests to Stripe right now. Wait a moment and try again.</source>
        <translation>現在 Stripe へのリクエストが多すぎます。しばらく待ってから再試行してください。</translation>
    </message>
    <message>
        <source>This action was already sent with different details. Close the dialog and start again.</source>
        <translation>この操作は別の内容ですでに送信されています。ダイアログを閉じて、最初からやり直してください。</translation>
    </message>
    <message>
        <source>Could not reach Stripe. Check the internet connection and try again.</source>
        <translation>Stripe に接続できませんでした。インターネット接続を確認して、再試行してください。</translation>
    </message>
    <message>
        <source>Stripe had a problem answering. Try again in a moment.</source>
        <translation>Stripe の応答で問題が発生しました。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <source>This change may have been saved. Refresh to check before trying again.</source>
        <translation>この変更は保存された可能性があります。再試行する前に、更新して確認してください。</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <source>Select a subscription first.</source>
        <translation>先にサブスクリプションを選択してください。</translation>
    </message>
    <message>
        <source>This subscription has ended; it can no longer be changed.</source>
        <translation>このサブスクリプションは終了しているため、変更できません。</translation>
    </message>
    <message>
        <source>Nothing was ever paid on this subscription, so there is nothing to refund.</source>
        <translation>このサブスクリプションでは支払いが一度も行われていないため、返金できるものはありません。</translation>
    </message>
    <message>
        <source>The first payment has not been made yet: use “Resume payment” or cancel it.</source>
        <translation>初回の支払いがまだ行われていません。「支払いを再開」を使うか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>The subscription is paused: resume it before changing its plan.</source>
        <translation>サブスクリプションは一時停止中です。プランを変更する前に再開してください。</translation>
    </message>
    <message>
        <source>This subscription has several items; change them in the Stripe Dashboard.</source>
        <translation>このサブスクリプションには複数のアイテムがあります。Stripe ダッシュボードで変更してください。</translation>
    </message>
    <message>
        <source>This subscription is not in a trial.</source>
        <translation>このサブスクリプションはトライアル中ではありません。</translation>
    </message>
    <message>
        <source>The latest invoice is not open: there is no failed payment to retry or write off.</source>
        <translation>最新の請求書は支払い待ちではありません。再試行または貸し倒れ処理が必要な失敗した支払いはありません。</translation>
    </message>
    <message>
        <source>This is the first payment: use “Resume payment” so the customer approves it.</source>
        <translation>これは初回の支払いです。「支払いを再開」で顧客に承認してもらってください。</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>価格が高すぎる</translation>
    </message>
    <message>
        <source>Not using it</source>
        <translation>使っていない</translation>
    </message>
    <message>
        <source>Missing features</source>
        <translation>機能が足りない</translation>
    </message>
    <message>
        <source>Switched to another service</source>
        <translation>他のサービスに乗り換えた</translation>
    </message>
    <message>
        <source>Quality was too low</source>
        <translation>品質に不満がある</translation>
    </message>
    <message>
        <source>Too complex</source>
        <translation>複雑すぎる</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>カスタマーサービスに不満がある</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Prorate on the next invoice</source>
        <translation>次回の請求書で日割り精算</translation>
    </message>
    <message>
        <source>Prorate and invoice now</source>
        <translation>日割り計算して今すぐ請求</translation>
    </message>
    <message>
        <source>No proration (new price from the next period)</source>
        <translation>日割り計算なし (次の期間から新しい価格)</translation>
    </message>
    <message>
        <source>The difference for the rest of this period is added to the next invoice.</source>
        <translation>この期間の残りの差額は、次回の請求書に加算されます。</translation>
    </message>
    <message>
        <source>The difference for the rest of this period is invoiced and charged now.</source>
        <translation>この期間の残りの差額は、今すぐ請求・課金されます。</translation>
    </message>
    <message>
        <source>Nothing is charged or credited for this period; the new price applies from the next renewal.</source>
        <translation>この期間については請求もクレジットも行わず、次回の更新から新しい価格が適用されます。</translation>
    </message>
    <message>
        <source>Void the invoices (the customer owes nothing for the pause)</source>
        <translation>請求書を無効にする (停止期間中の支払い義務なし)</translation>
    </message>
    <message>
        <source>Keep the invoices as drafts (collect later)</source>
        <translation>請求書を下書きのまま残す (後で回収)</translation>
    </message>
    <message>
        <source>Mark the invoices uncollectible (owed, not charged)</source>
        <translation>請求書を回収不能にする (未払いとして残し、請求しない)</translation>
    </message>
    <message>
        <source>Requested by the customer</source>
        <translation>顧客からの依頼</translation>
    </message>
    <message>
        <source>Duplicate payment</source>
        <translation>重複した支払い</translation>
    </message>
    <message>
        <source>Fraudulent</source>
        <translation>不正利用</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>理由なし</translation>
    </message>
</context>
</TS>
