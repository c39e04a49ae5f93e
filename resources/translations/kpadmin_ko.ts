<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About kpadmin</source>
        <translation>kpadmin 정보</translation>
    </message>
    <message>
        <source>kpadmin %1
Stripe Billing subscriptions paid with Kakao Pay.
Python %2, Qt %3, Qt for Python %4.</source>
        <translation>kpadmin %1
카카오페이로 결제하는 Stripe Billing 구독 관리.
Python %2, Qt %3, Qt for Python %4.</translation>
    </message>
    <message>
        <source>kpadmin includes these libraries, each under its own licence:</source>
        <translation>kpadmin에는 다음 라이브러리가 포함되어 있으며, 각각 자체 라이선스를 따릅니다:</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences</source>
        <translation>포함된 라이브러리와 라이선스</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>ActionNames</name>
    <message>
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>New customer on a test clock</source>
        <translation>테스트 클록에 새 고객</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>고객 편집</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>고객 삭제</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>새 상품</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>상품 편집</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>새 가격</translation>
    </message>
    <message>
        <source>Edit price</source>
        <translation>가격 편집</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>새 구독</translation>
    </message>
    <message>
        <source>Cancel now</source>
        <translation>즉시 해지</translation>
    </message>
    <message>
        <source>Cancel at period end</source>
        <translation>기간 종료 시 해지</translation>
    </message>
    <message>
        <source>Keep the subscription</source>
        <translation>구독 유지</translation>
    </message>
    <message>
        <source>Pause payments</source>
        <translation>결제 일시 중지</translation>
    </message>
    <message>
        <source>Resume payments</source>
        <translation>결제 재개</translation>
    </message>
    <message>
        <source>Resume subscription</source>
        <translation>구독 재개</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>요금제 변경</translation>
    </message>
    <message>
        <source>End trial now</source>
        <translation>체험 즉시 종료</translation>
    </message>
    <message>
        <source>Extend trial</source>
        <translation>체험 연장</translation>
    </message>
    <message>
        <source>Change payment method</source>
        <translation>결제 수단 변경</translation>
    </message>
    <message>
        <source>Retry payment</source>
        <translation>결제 재시도</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>인보이스 무효 처리</translation>
    </message>
    <message>
        <source>Write off invoice</source>
        <translation>인보이스 대손 처리</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Kakao Pay wallet approval</source>
        <translation>카카오페이 지갑 승인</translation>
    </message>
    <message>
        <source>Cancel wallet approval</source>
        <translation>지갑 승인 취소</translation>
    </message>
    <message>
        <source>Kakao Pay payment approval</source>
        <translation>카카오페이 결제 승인</translation>
    </message>
    <message>
        <source>New test clock</source>
        <translation>새 테스트 클록</translation>
    </message>
    <message>
        <source>Advance test clock</source>
        <translation>테스트 클록 진행</translation>
    </message>
    <message>
        <source>Customers on test clocks</source>
        <translation>테스트 클록의 고객</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>인보이스</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Wallet approvals</source>
        <translation>지갑 승인</translation>
    </message>
    <message>
        <source>Payment approvals</source>
        <translation>결제 승인</translation>
    </message>
    <message>
        <source>Test clocks</source>
        <translation>테스트 클록</translation>
    </message>
</context>
<context>
    <name>AddProfileDialog</name>
    <message>
        <source>Add a Stripe account</source>
        <translation>Stripe 계정 추가</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>AdvanceClockButton</name>
    <message>
        <source>Advance the test clock…</source>
        <translation>테스트 클록 진행…</translation>
    </message>
    <message>
        <source>Move this test customer&apos;s clock forward to see renewals and failed payments happen (SANDBOX and TEST mode only)</source>
        <translation>이 테스트 고객의 클록을 앞으로 이동해 갱신과 결제 실패가 일어나는 과정을 확인합니다(SANDBOX 및 TEST 모드 전용)</translation>
    </message>
</context>
<context>
    <name>AdvanceClockDialog</name>
    <message>
        <source>Advance the test clock</source>
        <translation>테스트 클록 진행</translation>
    </message>
    <message>
        <source>Move the test clock of %1 forward: Stripe bills everything that falls due meanwhile (renewals, retries, trial ends), as it would in real time. Every customer on this clock moves with it.</source>
        <translation>%1의 테스트 클록을 앞으로 이동합니다. 그 사이에 기한이 되는 모든 항목(갱신, 재시도, 체험 종료)은 실제 시간이 흐른 것처럼 Stripe가 청구합니다. 이 클록에 연결된 모든 고객이 함께 이동합니다.</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Clock time now</source>
        <translation>현재 클록 시간</translation>
    </message>
    <message>
        <source>Advance by</source>
        <translation>진행할 기간</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1주</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1개월</translation>
    </message>
    <message>
        <source>2 months</source>
        <translation>2개월</translation>
    </message>
    <message>
        <source>New clock time</source>
        <translation>새 클록 시간</translation>
    </message>
    <message>
        <source>Loading the clock…</source>
        <translation>클록을 불러오는 중…</translation>
    </message>
    <message>
        <source>Choose a time after the clock&apos;s current time.</source>
        <translation>클록의 현재 시간 이후로 선택하세요.</translation>
    </message>
    <message>
        <source>The clock moves from %1 to %2. What falls due in between is billed and charged now.</source>
        <translation>클록이 %1에서 %2(으)로 이동합니다. 그 사이에 기한이 되는 항목은 지금 청구되고 결제됩니다.</translation>
    </message>
    <message>
        <source>Stripe is still advancing the clock; refresh in a moment.</source>
        <translation>Stripe가 아직 클록을 진행하고 있습니다. 잠시 후 새로 고침하세요.</translation>
    </message>
    <message>
        <source>The clock is now at %1.</source>
        <translation>클록이 %1(으)로 이동했습니다.</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <source>Enter an amount.</source>
        <translation>금액을 입력하세요.</translation>
    </message>
    <message>
        <source>This is not an amount. Type digits, for example %1.</source>
        <translation>금액이 아닙니다. 숫자를 입력하세요(예: %1).</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>금액은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no decimal places: type whole amounts, for example %2.</source>
        <translation>%1에는 소수 단위가 없습니다. 정수 금액을 입력하세요(예: %2).</translation>
    </message>
    <message>
        <source>%1 has at most %3 decimal places, for example %2.</source>
        <translation>%1은(는) 소수점 이하 %3자리까지 입력할 수 있습니다(예: %2).</translation>
    </message>
    <message>
        <source>The amount is larger than Stripe allows (%1).</source>
        <translation>금액이 Stripe 허용 한도(%1)를 넘습니다.</translation>
    </message>
    <message>
        <source>For %1 the last of the three decimals must be 0.</source>
        <translation>%1은(는) 소수점 셋째 자리가 0이어야 합니다.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>최대 %1</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Kakao Pay approval</source>
        <translation>카카오페이 승인</translation>
    </message>
    <message>
        <source>Save Kakao Pay for %1</source>
        <translation>카카오페이 지갑 저장: %1</translation>
    </message>
    <message>
        <source>First payment of %1</source>
        <translation>첫 결제: %1</translation>
    </message>
    <message>
        <source>Terms to give the customer before they approve</source>
        <translation>승인 전에 고객에게 안내할 약관</translation>
    </message>
    <message>
        <source>The customer has received these terms and agrees to them</source>
        <translation>고객이 이 약관을 안내받았으며 동의합니다</translation>
    </message>
    <message>
        <source>Customer consent</source>
        <translation>고객 동의</translation>
    </message>
    <message>
        <source>Send approval request</source>
        <translation>승인 요청 보내기</translation>
    </message>
    <message>
        <source>Show the terms</source>
        <translation>약관 보기</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>승인 상태</translation>
    </message>
    <message>
        <source>Approval link</source>
        <translation>승인 링크</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>브라우저에서 열기</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>링크 복사</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>지금 확인</translation>
    </message>
    <message>
        <source>Ask Stripe now instead of at the next check</source>
        <translation>다음 확인을 기다리지 않고 지금 Stripe에 확인합니다</translation>
    </message>
    <message>
        <source>Message for the customer…</source>
        <translation>고객에게 보낼 메시지…</translation>
    </message>
    <message>
        <source>The link with a ready message in the customer&apos;s language, to copy or mail</source>
        <translation>고객의 언어로 준비된 메시지와 함께 링크를 복사하거나 메일로 보냅니다</translation>
    </message>
    <message>
        <source>The customer can scan this code with their phone to approve there, or open the link on this computer.</source>
        <translation>고객이 휴대폰으로 이 코드를 스캔해 승인하거나, 이 컴퓨터에서 링크를 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>요청 취소</translation>
    </message>
    <message>
        <source>Withdraw the request: the link stops working</source>
        <translation>요청을 철회합니다. 링크는 더 이상 작동하지 않습니다</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close this window; the request keeps waiting and can be found again on the customer</source>
        <translation>이 창을 닫습니다. 요청은 계속 대기하며 고객 화면에서 다시 찾을 수 있습니다</translation>
    </message>
    <message>
        <source>The customer agreed to the terms</source>
        <translation>고객이 약관에 동의했습니다</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>%1 결제</translation>
    </message>
    <message>
        <source>Sending the request to Stripe…</source>
        <translation>Stripe에 요청을 보내는 중…</translation>
    </message>
    <message>
        <source>Waiting for the customer to approve in Kakao Pay…</source>
        <translation>고객이 카카오페이에서 승인하기를 기다리는 중…</translation>
    </message>
    <message>
        <source>Approved: the Kakao Pay wallet is saved on the customer.</source>
        <translation>승인됨: 카카오페이 지갑이 고객 정보에 저장되었습니다.</translation>
    </message>
    <message>
        <source>Paid: the customer approved the first payment.</source>
        <translation>결제됨: 고객이 첫 결제를 승인했습니다.</translation>
    </message>
    <message>
        <source>Not approved.</source>
        <translation>승인되지 않았습니다.</translation>
    </message>
    <message>
        <source>The payment did not go through.</source>
        <translation>결제가 완료되지 않았습니다.</translation>
    </message>
    <message>
        <source>Expired: the approval link no longer works.</source>
        <translation>만료됨: 승인 링크가 더 이상 작동하지 않습니다.</translation>
    </message>
    <message>
        <source>Cancelled: the request was withdrawn and the link no longer works.</source>
        <translation>취소됨: 요청이 철회되어 링크가 더 이상 작동하지 않습니다.</translation>
    </message>
    <message>
        <source>Stopped waiting for this payment.</source>
        <translation>이 결제를 더 이상 기다리지 않습니다.</translation>
    </message>
    <message>
        <source>The request could not be sent.</source>
        <translation>요청을 보내지 못했습니다.</translation>
    </message>
    <message>
        <source>kpadmin asks Stripe every few seconds: the result appears here as soon as Stripe reports it, even if the customer approves on another device.</source>
        <translation>kpadmin이 몇 초마다 Stripe에 확인합니다. 고객이 다른 기기에서 승인하더라도 Stripe가 알려 주는 즉시 결과가 여기에 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>(Checked %n time(s).)</source>
        <translation>
            <numerusform>(%n회 확인함)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wallet: %1</source>
        <translation>지갑: %1</translation>
    </message>
    <message>
        <source>Start a new request if the customer still wants to approve.</source>
        <translation>고객이 계속 승인하려면 새 요청을 시작하세요.</translation>
    </message>
    <message>
        <source>The subscription stays incomplete. Use “Resume payment” to ask the customer again; Stripe expires it after about 23 hours.</source>
        <translation>구독은 미완료 상태로 남습니다. “결제 다시 요청”으로 고객에게 다시 요청하세요. Stripe는 약 23시간 뒤 구독을 만료시킵니다.</translation>
    </message>
    <message>
        <source>Subscription %1 is now: %2</source>
        <translation>구독 %1의 현재 상태: %2</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link or let the customer scan the QR code.</source>
        <translation>브라우저를 열 수 없습니다. 링크를 복사하거나 고객에게 QR 코드를 스캔하도록 하세요.</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Renewal payment failed</source>
        <translation>갱신 결제 실패</translation>
    </message>
    <message>
        <source>First payment not made</source>
        <translation>첫 결제 미완료</translation>
    </message>
    <message>
        <source>Invoice payment failed</source>
        <translation>청구서 결제 실패</translation>
    </message>
    <message>
        <source>Kakao Pay approval waiting</source>
        <translation>카카오페이 승인 대기 중</translation>
    </message>
    <message>
        <source>Trial ending</source>
        <translation>체험 종료 예정</translation>
    </message>
    <message>
        <source>Cancellation scheduled</source>
        <translation>해지 예약됨</translation>
    </message>
    <message>
        <source>Retry payment…</source>
        <translation>결제 재시도…</translation>
    </message>
    <message>
        <source>Send payment link…</source>
        <translation>결제 링크 보내기…</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>고객 열기</translation>
    </message>
    <message>
        <source>Undo cancellation…</source>
        <translation>해지 취소…</translation>
    </message>
    <message>
        <source>Declined; no reason given.</source>
        <translation>거절됨. 사유가 제공되지 않았습니다.</translation>
    </message>
    <message>
        <source>The first payment is charged when the trial ends.</source>
        <translation>체험이 끝나면 첫 결제가 청구됩니다.</translation>
    </message>
    <message>
        <source>The subscription ends; nothing more is charged.</source>
        <translation>구독이 종료되며 더 이상 청구되지 않습니다.</translation>
    </message>
    <message>
        <source>Retried automatically %1</source>
        <translation>%1에 자동 재시도</translation>
    </message>
    <message>
        <source>No automatic retry</source>
        <translation>자동 재시도 없음</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date pattern</comment>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>Payment failed ×%1</source>
        <translation>결제 실패 ×%1</translation>
    </message>
    <message>
        <source>Cancels %1</source>
        <translation>%1 해지</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>%1까지 일시 중지</translation>
    </message>
    <message>
        <source>Trial ends today</source>
        <translation>오늘 체험 종료</translation>
    </message>
    <message>
        <source>Trial ends tomorrow</source>
        <translation>내일 체험 종료</translation>
    </message>
    <message>
        <source>Trial ends in %1 days</source>
        <translation>%1일 후 체험 종료</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>요금제</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>위험 금액</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>발생 시각</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음 예정</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>다음 조치</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>청구서 %1</translation>
    </message>
</context>
<context>
    <name>AttentionTab</name>
    <message>
        <source>Nothing needs attention.</source>
        <translation>확인이 필요한 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Needs attention summary</source>
        <translation>확인 필요 요약</translation>
    </message>
    <message>
        <source>Searching Stripe…</source>
        <translation>Stripe 검색 중…</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>다음 조치</translation>
    </message>
    <message>
        <source>Payment link…</source>
        <translation>결제 링크…</translation>
    </message>
    <message>
        <source>The invoice&apos;s payment page for the customer: link, QR code and a message</source>
        <translation>고객에게 보낼 청구서 결제 페이지: 링크, QR 코드, 메시지</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Refresh needs attention</source>
        <translation>확인 필요 새로 고침</translation>
    </message>
    <message>
        <source>Nothing needs attention right now.</source>
        <translation>지금은 확인이 필요한 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need a person.</source>
        <translation>
            <numerusform>담당자 확인이 필요한 항목 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>At risk: %1.</source>
        <translation>위험 금액: %1.</translation>
    </message>
    <message>
        <source>Sorted by money at risk, largest first, per currency (KRW first).</source>
        <translation>통화별로 위험 금액이 큰 순서(KRW 먼저)로 정렬됩니다.</translation>
    </message>
    <message>
        <source>Stripe found more than kpadmin reads at once: refine in Stripe.</source>
        <translation>Stripe에서 kpadmin이 한 번에 읽는 것보다 많은 항목을 찾았습니다. Stripe에서 범위를 좁혀 주세요.</translation>
    </message>
    <message>
        <source>This no longer needs attention.</source>
        <translation>이 항목은 더 이상 확인이 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>The Customers tab is not available here.</source>
        <translation>여기서는 고객 탭을 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>AuditBanner</name>
    <message>
        <source>Activity-log records waiting to be written: %1. Another program or kpadmin window is holding the log file; the records are kept, also if you quit, and written as soon as the file is free.</source>
        <translation>기록 대기 중인 활동 기록 항목: %1건. 다른 프로그램이나 kpadmin 창이 기록 파일을 사용 중입니다. 항목은 종료해도 보관되며 파일을 쓸 수 있게 되는 즉시 기록됩니다.</translation>
    </message>
    <message>
        <source>The waiting activity-log records are written.</source>
        <translation>대기 중이던 활동 기록 항목이 모두 기록되었습니다.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>OS 사용자</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>컴퓨터</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>요청 ID</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>멱등 키</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 정보</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Stripe carried out the request.</source>
        <translation>Stripe가 요청을 처리했습니다.</translation>
    </message>
    <message>
        <source>Stripe refused the request; nothing was changed.</source>
        <translation>Stripe가 요청을 거부했습니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>The connection failed: the change may or may not have been made. Look at the object in Stripe to check.</source>
        <translation>연결에 실패했습니다. 변경이 적용되었는지 알 수 없으니 Stripe에서 해당 객체를 확인하세요.</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>활동 기록</translation>
    </message>
    <message>
        <source>Object id (sub_…, in_…, cus_…)</source>
        <translation>객체 ID (sub_…, in_…, cus_…)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>cus_…</source>
        <translation>cus_…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Request id, key, detail, comment, user…</source>
        <translation>요청 ID, 키, 세부 정보, 메모, 사용자…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>From</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>until</source>
        <translation>~</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s)</source>
        <translation>
            <numerusform>기록 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <translation>%1 (전체)</translation>
    </message>
    <message>
        <source>Export activity log</source>
        <translation>활동 기록 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n행을 %1(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillingPicker</name>
    <message>
        <source>&amp;Recurring</source>
        <translation>반복(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;One-time</source>
        <translation>일회성(&amp;O)</translation>
    </message>
    <message>
        <source>Interval count</source>
        <translation>간격 수</translation>
    </message>
    <message>
        <source>Billing interval</source>
        <translation>청구 주기</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>일</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>주</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation>년</translation>
    </message>
    <message>
        <source>every</source>
        <translation>주기</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel subscription</source>
        <translation>구독 취소</translation>
    </message>
    <message>
        <source>End this subscription. Choose when, and note why the customer leaves.</source>
        <translation>이 구독을 종료합니다. 종료 시점을 선택하고 고객이 떠나는 이유를 기록하세요.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Keep subscription</source>
        <translation>구독 유지</translation>
    </message>
    <message>
        <source>At the end of the current period (%1)</source>
        <translation>현재 기간 종료 시(%1)</translation>
    </message>
    <message>
        <source>Now (cannot be undone)</source>
        <translation>지금 (되돌릴 수 없음)</translation>
    </message>
    <message>
        <source>Keep the subscription (undo the scheduled cancellation)</source>
        <translation>구독 유지 (예약된 취소 철회)</translation>
    </message>
    <message>
        <source>Already scheduled.</source>
        <translation>이미 예약되어 있습니다.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시점</translation>
    </message>
    <message>
        <source>Credit the unused part of the period</source>
        <translation>남은 기간 금액을 크레딧으로 지급</translation>
    </message>
    <message>
        <source>Invoice what is owed now</source>
        <translation>미청구 금액을 지금 인보이스로 발행</translation>
    </message>
    <message>
        <source>Customer&apos;s reason</source>
        <translation>취소 사유</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>What the customer said (kept on the subscription)</source>
        <translation>고객이 말한 내용(구독에 보관됨)</translation>
    </message>
    <message>
        <source>The scheduled cancellation is removed: the subscription renews on %1 as usual.</source>
        <translation>예약된 취소가 해제되었습니다. 구독은 평소처럼 %1에 갱신됩니다.</translation>
    </message>
    <message>
        <source>The subscription stays active until %1, then ends. Nothing more is charged. You can undo this until then.</source>
        <translation>구독은 %1까지 활성 상태로 유지된 뒤 종료됩니다. 추가 청구는 없으며, 그때까지는 취소를 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The subscription ends now and cannot be restarted.</source>
        <translation>구독이 지금 종료되며 다시 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>The unused part of this period is credited to the customer&apos;s balance.</source>
        <translation>이번 기간 중 사용하지 않은 부분은 고객 잔액에 크레딧으로 적립됩니다.</translation>
    </message>
    <message>
        <source>A final invoice with that credit is made now.</source>
        <translation>이 크레딧을 반영한 최종 인보이스가 지금 발행됩니다.</translation>
    </message>
    <message>
        <source>Nothing is credited for the unused part of the period.</source>
        <translation>사용하지 않은 기간에 대한 크레딧은 없습니다.</translation>
    </message>
    <message>
        <source>Canceled on %1.</source>
        <translation>%1에 취소되었습니다.</translation>
    </message>
    <message>
        <source>Cancellation scheduled for %1.</source>
        <translation>%1에 취소가 예약되었습니다.</translation>
    </message>
    <message>
        <source>The subscription will renew as usual.</source>
        <translation>구독이 평소처럼 갱신됩니다.</translation>
    </message>
</context>
<context>
    <name>CatalogActions</name>
    <message>
        <source>Archive the product “%1”? It can no longer be used for new subscriptions.</source>
        <translation>상품 “%1”을(를) 보관할까요? 새 구독에는 더 이상 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Archive the price %1? Existing subscriptions keep it; new ones cannot use it.</source>
        <translation>가격 %1을(를) 보관할까요? 기존 구독은 계속 사용하지만 새 구독에는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Make %1 the default price of “%2”?</source>
        <translation>%1을(를) “%2”의 기본 가격으로 설정할까요?</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>No products here yet. Create one with “New product”.</source>
        <translation>아직 상품이 없습니다. “새 상품”으로 만드세요.</translation>
    </message>
    <message>
        <source>Select a product to see its prices.</source>
        <translation>상품을 선택하면 가격이 표시됩니다.</translation>
    </message>
    <message>
        <source>Show products</source>
        <translation>표시할 상품</translation>
    </message>
    <message>
        <source>Active products</source>
        <translation>활성 상품</translation>
    </message>
    <message>
        <source>Archived products</source>
        <translation>보관된 상품</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>모든 상품</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>새 상품…</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>새 상품</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>상품 편집</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>보관</translation>
    </message>
    <message>
        <source>Archive product</source>
        <translation>상품 보관</translation>
    </message>
    <message>
        <source>Selected product</source>
        <translation>선택한 상품</translation>
    </message>
    <message>
        <source>New price…</source>
        <translation>새 가격…</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>새 가격</translation>
    </message>
    <message>
        <source>Edit price</source>
        <translation>가격 편집</translation>
    </message>
    <message>
        <source>Archive price</source>
        <translation>가격 보관</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>기본으로 설정</translation>
    </message>
    <message>
        <source>Make default price</source>
        <translation>기본 가격으로 설정</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>%1 has no prices yet.</source>
        <translation>%1에는 아직 가격이 없습니다.</translation>
    </message>
    <message>
        <source>Prices of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;의 가격</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Restore product</source>
        <translation>상품 복원</translation>
    </message>
    <message>
        <source>Restore price</source>
        <translation>가격 복원</translation>
    </message>
    <message>
        <source>Product %1 created.</source>
        <translation>상품 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Product %1 saved.</source>
        <translation>상품 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Price %1 created and made the default.</source>
        <translation>가격 %1을(를) 만들고 기본 가격으로 설정했습니다.</translation>
    </message>
    <message>
        <source>Price %1 created.</source>
        <translation>가격 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Price %1 saved.</source>
        <translation>가격 %1을(를) 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>ChangePlanDialog</name>
    <message>
        <source>Change plan</source>
        <translation>요금제 변경</translation>
    </message>
    <message>
        <source>Move the customer to another price or quantity. Stripe&apos;s preview of the invoice is shown before anything changes.</source>
        <translation>고객의 가격이나 수량을 변경합니다. 변경하기 전에 Stripe의 인보이스 미리 보기가 표시됩니다.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>새 가격</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Proration</source>
        <translation>비례 배분</translation>
    </message>
    <message>
        <source>Invoice preview</source>
        <translation>인보이스 미리 보기</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>&lt;b&gt;The invoice, as Stripe previews it&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stripe 인보이스 미리 보기&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stripe could not preview this change.</source>
        <translation>Stripe에서 이 변경을 미리 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Charged now</source>
        <translation>지금 청구</translation>
    </message>
    <message>
        <source>Due at the next renewal (%1)</source>
        <translation>다음 갱신 시 청구(%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Choose another price or quantity.</source>
        <translation>다른 가격이나 수량을 선택하세요.</translation>
    </message>
    <message>
        <source>Asking Stripe for a preview…</source>
        <translation>Stripe에 미리 보기를 요청하는 중…</translation>
    </message>
    <message>
        <source>The subscription moves to %1 × %2.</source>
        <translation>변경 후: %1 × %2.</translation>
    </message>
    <message>
        <source>The customer is charged %1 now.</source>
        <translation>지금 고객에게 %1이(가) 청구됩니다.</translation>
    </message>
    <message>
        <source>The next invoice will be %1.</source>
        <translation>다음 인보이스 금액은 %1입니다.</translation>
    </message>
    <message>
        <source>The plan is now %1.</source>
        <translation>요금제가 %1(으)로 변경되었습니다.</translation>
    </message>
    <message>
        <source>Invoice %1: %2, %3.</source>
        <translation>인보이스 %1: %2, %3.</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>Profile name</source>
        <translation>프로필 이름</translation>
    </message>
    <message>
        <source>e.g. My shop (test)</source>
        <translation>예: 내 상점 (테스트)</translation>
    </message>
    <message>
        <source>Secret or restricted API key</source>
        <translation>비밀 키 또는 제한된 API 키</translation>
    </message>
    <message>
        <source>API base URL (optional)</source>
        <translation>API 기본 URL (선택)</translation>
    </message>
    <message>
        <source>Leave empty for Stripe; http://127.0.0.1:12111 for a local sandbox</source>
        <translation>Stripe에 연결하려면 비워 두세요. 로컬 샌드박스는 http://127.0.0.1:12111</translation>
    </message>
    <message>
        <source>Checking the key with Stripe…</source>
        <translation>Stripe에서 키를 확인하는 중…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API 기본 URL</translation>
    </message>
    <message>
        <source>No secure keychain was found on this computer (%1). kpadmin will not store your key anywhere: it can use it for this session only, and will ask for it again next time.</source>
        <translation>이 컴퓨터에서 안전한 키체인을 찾지 못했습니다(%1). kpadmin은 키를 어디에도 저장하지 않습니다. 이번 세션에서만 사용하고, 다음에 다시 입력을 요청합니다.</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>이번 세션에서만 사용</translation>
    </message>
    <message>
        <source>Check and save key</source>
        <translation>키 확인 후 저장</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>다시 연결</translation>
    </message>
    <message>
        <source>“%1” is saved, but its key is not in the keychain. Paste the key again to reconnect it, or type another name to connect a new profile.</source>
        <translation>“%1” 프로필은 저장되어 있지만 키체인에 키가 없습니다. 키를 다시 붙여 넣어 다시 연결하거나, 다른 이름을 입력해 새 프로필을 연결하세요.</translation>
    </message>
    <message>
        <source>Give this profile a name.</source>
        <translation>프로필 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation>같은 이름의 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Paste a secret key (sk_test_…, sk_live_…) or a restricted key (rk_…). Publishable keys (pk_…) cannot manage subscriptions.</source>
        <translation>비밀 키(sk_test_…, sk_live_…)나 제한된 키(rk_…)를 붙여 넣으세요. 게시 가능 키(pk_…)로는 구독을 관리할 수 없습니다.</translation>
    </message>
    <message>
        <source>Use an https:// URL (or http:// for a sandbox on this computer).</source>
        <translation>https:// URL을 사용하세요(이 컴퓨터의 샌드박스라면 http://).</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the URL: the key is all kpadmin sends.</source>
        <translation>URL에서 사용자 이름과 비밀번호를 빼세요. kpadmin이 보내는 것은 키뿐입니다.</translation>
    </message>
    <message>
        <source>Leave the “?” and “#” parts out of the URL.</source>
        <translation>URL에서 “?”와 “#” 부분을 빼세요.</translation>
    </message>
    <message>
        <source>A live key is only ever sent over https. Use an https:// URL, or leave the field empty to talk to Stripe.</source>
        <translation>라이브 키는 https로만 보냅니다. https:// URL을 사용하거나, Stripe에 연결하려면 이 칸을 비워 두세요.</translation>
    </message>
    <message>
        <source>http:// is only for a sandbox on this computer (127.0.0.1 or [::1]): elsewhere the key would cross the network unencrypted. Use https://.</source>
        <translation>http://는 이 컴퓨터의 샌드박스(127.0.0.1 또는 [::1])에만 쓸 수 있습니다. 다른 곳이라면 키가 암호화되지 않은 채 네트워크를 건너게 됩니다. https://를 사용하세요.</translation>
    </message>
    <message>
        <source>Use a full URL such as http://127.0.0.1:12111.</source>
        <translation>http://127.0.0.1:12111 같은 전체 URL을 입력하세요.</translation>
    </message>
    <message>
        <source>The key works, but there is no secure keychain to keep it in. Press “Use for this session only” to continue without saving it.</source>
        <translation>키는 유효하지만 보관할 안전한 키체인이 없습니다. 저장하지 않고 계속하려면 “이번 세션에서만 사용”을 누르세요.</translation>
    </message>
    <message>
        <source>The keychain refused to store the key: %1</source>
        <translation>키체인이 키 저장을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>This name cannot be used (%1).</source>
        <translation>이 이름은 사용할 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>Stopped: this is a live key, but the server answered as a test account (livemode: false). kpadmin does not use a connection whose answers contradict its key; check the API base URL.</source>
        <translation>중지됨: 라이브 키인데 서버가 테스트 계정으로 응답했습니다(livemode: false). kpadmin은 응답이 키와 어긋나는 연결을 사용하지 않습니다. API 기본 URL을 확인하세요.</translation>
    </message>
    <message>
        <source>Stopped: this is a test key, but the server answered as a live account (livemode: true), where real money moves. kpadmin does not use a connection whose answers contradict its key; check the API base URL.</source>
        <translation>중지됨: 테스트 키인데 서버가 실제 돈이 오가는 라이브 계정으로 응답했습니다(livemode: true). kpadmin은 응답이 키와 어긋나는 연결을 사용하지 않습니다. API 기본 URL을 확인하세요.</translation>
    </message>
    <message>
        <source>“%1” was not opened: its key is a live key but the profile is not marked LIVE (or the reverse). Connect the account again so that kpadmin treats it as what its key is.</source>
        <translation>“%1”을(를) 열지 않았습니다: 키는 라이브 키인데 프로필이 LIVE로 표시되어 있지 않습니다(또는 그 반대). kpadmin이 키에 맞게 다루도록 계정을 다시 연결하세요.</translation>
    </message>
    <message>
        <source>“%1” was not opened: its key would be sent over plain http. A live key only goes over https, and http:// only to a sandbox on this computer. Connect the account again with an https:// URL.</source>
        <translation>“%1”을(를) 열지 않았습니다: 키가 암호화되지 않은 http로 전송됩니다. 라이브 키는 https로만 보내고, http://는 이 컴퓨터의 샌드박스에만 씁니다. https:// URL로 계정을 다시 연결하세요.</translation>
    </message>
    <message>
        <source>“%1” was not opened: the key kept for it is not a secret or restricted key. Connect the account again.</source>
        <translation>“%1”을(를) 열지 않았습니다: 보관된 키가 비밀 키나 제한 키가 아닙니다. 계정을 다시 연결하세요.</translation>
    </message>
    <message>
        <source>This restricted key lacks the permission “%1”, which kpadmin needs. Add it to the key in the Stripe Dashboard, or use another key.</source>
        <translation>이 제한된 키에는 kpadmin에 필요한 “%1” 권한이 없습니다. Stripe 대시보드에서 키에 권한을 추가하거나 다른 키를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>Payment methods</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>기간 종료</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>인보이스</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일</translation>
    </message>
    <message>
        <source>Double-click to open it in the Subscriptions tab</source>
        <translation>두 번 클릭하면 구독 탭에서 엽니다</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Select a customer to see their payment methods, subscriptions and invoices.</source>
        <translation>고객을 선택하면 결제 수단, 구독, 인보이스가 표시됩니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Pays a subscription</source>
        <translation>구독 결제에 사용 중</translation>
    </message>
    <message>
        <source>No saved payment methods</source>
        <translation>저장된 결제 수단 없음</translation>
    </message>
    <message>
        <source>No subscriptions</source>
        <translation>구독 없음</translation>
    </message>
    <message>
        <source>No invoices</source>
        <translation>인보이스 없음</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>고객 편집</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>선호 언어</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>설정 안 함</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>고객 저장</translation>
    </message>
</context>
<context>
    <name>CustomerKakaoBar</name>
    <message>
        <source>Add Kakao Pay…</source>
        <translation>카카오페이 추가…</translation>
    </message>
    <message>
        <source>Save a Kakao Pay wallet: the customer approves in Kakao Pay</source>
        <translation>카카오페이 지갑 저장: 고객이 카카오페이에서 승인합니다</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>기본으로 설정</translation>
    </message>
    <message>
        <source>Charge the selected payment method for this customer&apos;s invoices</source>
        <translation>이 고객의 인보이스를 선택한 결제 수단으로 청구합니다</translation>
    </message>
    <message>
        <source>New subscription…</source>
        <translation>새 구독…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Show the pending approval</source>
        <translation>대기 중인 승인 보기</translation>
    </message>
    <message>
        <source>saving a Kakao Pay wallet</source>
        <translation>카카오페이 지갑 저장</translation>
    </message>
    <message>
        <source>the payment of %1</source>
        <translation>%1 결제</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s approval: %1.</source>
        <translation>고객 승인 대기 중: %1.</translation>
    </message>
    <message>
        <source>Select a payment method first.</source>
        <translation>먼저 결제 수단을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>CustomerMessageDialog</name>
    <message>
        <source>Payment link</source>
        <translation>결제 링크</translation>
    </message>
    <message>
        <source>Approval link</source>
        <translation>승인 링크</translation>
    </message>
    <message>
        <source>Send %1 the invoice&apos;s payment page</source>
        <translation>%1 님에게 청구서 결제 페이지 보내기</translation>
    </message>
    <message>
        <source>Send %1 the Kakao Pay approval link</source>
        <translation>%1 님에게 카카오페이 승인 링크 보내기</translation>
    </message>
    <message>
        <source>Link for the customer</source>
        <translation>고객에게 보낼 링크</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>링크 복사</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>브라우저에서 열기</translation>
    </message>
    <message>
        <source>See the page the customer will see</source>
        <translation>고객이 보게 될 페이지를 확인합니다</translation>
    </message>
    <message>
        <source>QR code of the link for the customer</source>
        <translation>고객에게 보낼 링크의 QR 코드</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>The customer can scan this code with their phone.</source>
        <translation>고객이 휴대폰으로 이 코드를 스캔할 수 있습니다.</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>메시지 언어</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>메시지 본문</translation>
    </message>
    <message>
        <source>Copy subject</source>
        <translation>제목 복사</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>본문 복사</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>메일 앱에서 열기</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>The customer has no email address in Stripe: copy the message and send it another way.</source>
        <translation>Stripe에 고객의 이메일 주소가 없습니다. 메시지를 복사해 다른 방법으로 보내세요.</translation>
    </message>
    <message>
        <source>The customer&apos;s email address (%1) cannot be used in a mail link: copy the message instead.</source>
        <translation>고객의 이메일 주소(%1)는 메일 링크에 쓸 수 없습니다. 대신 메시지를 복사하세요.</translation>
    </message>
    <message>
        <source>There is no link to send.</source>
        <translation>보낼 링크가 없습니다.</translation>
    </message>
    <message>
        <source>A draft to %1 opens in the mail app.</source>
        <translation>메일 앱에서 %1 주소로 보낼 임시 메일이 열립니다.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link.</source>
        <translation>브라우저를 열 수 없습니다. 링크를 복사하세요.</translation>
    </message>
    <message>
        <source>No mail app could be opened. Copy the subject and text instead.</source>
        <translation>메일 앱을 열 수 없습니다. 대신 제목과 본문을 복사하세요.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일</translation>
    </message>
    <message>
        <source>Default PM</source>
        <translation>기본 결제 수단</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>있음</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>No customers yet</source>
        <translation>아직 고객이 없습니다</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Search Stripe by name or email</source>
        <translation>이름 또는 이메일로 Stripe 검색</translation>
    </message>
    <message>
        <source>Search customers on Stripe</source>
        <translation>Stripe에서 고객 검색</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>새 고객…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>고객 편집</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>고객 삭제</translation>
    </message>
    <message>
        <source>Add Kakao Pay…</source>
        <translation>카카오페이 추가…</translation>
    </message>
    <message>
        <source>New subscription…</source>
        <translation>새 구독…</translation>
    </message>
    <message>
        <source>Search results for “%1”. Clear the search box and press Enter to see all customers.</source>
        <translation>“%1” 검색 결과입니다. 모든 고객을 보려면 검색창을 비우고 Enter 키를 누르세요.</translation>
    </message>
    <message>
        <source>Customer %1 saved.</source>
        <translation>고객 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>고객 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Delete customer “%1”? Stripe also cancels their subscriptions at once. This cannot be undone.</source>
        <translation>고객 “%1”을(를) 삭제할까요? Stripe에서 이 고객의 구독도 즉시 취소됩니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Customer %1 deleted.</source>
        <translation>고객 %1을(를) 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>ErrorCodes</name>
    <message>
        <source>The Kakao Pay wallet does not have enough funds.</source>
        <translation>카카오페이 지갑의 잔액이 부족합니다.</translation>
    </message>
    <message>
        <source>The payment was declined without a reason given.</source>
        <translation>사유 없이 결제가 거절되었습니다.</translation>
    </message>
    <message>
        <source>This wallet cannot be used for this kind of payment.</source>
        <translation>이 지갑은 이런 종류의 결제에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The payment was declined.</source>
        <translation>결제가 거절되었습니다.</translation>
    </message>
    <message>
        <source>Kakao Pay declined the payment.</source>
        <translation>카카오페이가 결제를 거절했습니다.</translation>
    </message>
    <message>
        <source>Kakao Pay did not answer in time. Try again in a moment.</source>
        <translation>카카오페이가 제때 응답하지 않았습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>This wallet cannot be charged without the customer: it has no active permission for automatic charges.</source>
        <translation>자동 결제 권한이 유효하지 않아, 이 지갑은 고객 없이 결제할 수 없습니다.</translation>
    </message>
    <message>
        <source>The customer did not approve the payment in Kakao Pay.</source>
        <translation>고객이 카카오페이에서 결제를 승인하지 않았습니다.</translation>
    </message>
    <message>
        <source>The customer did not approve saving the wallet in Kakao Pay.</source>
        <translation>고객이 카카오페이에서 지갑 저장을 승인하지 않았습니다.</translation>
    </message>
    <message>
        <source>The customer did not approve the payment in time.</source>
        <translation>고객이 제한 시간 안에 결제를 승인하지 않았습니다.</translation>
    </message>
    <message>
        <source>The payment attempt failed.</source>
        <translation>결제 시도가 실패했습니다.</translation>
    </message>
    <message>
        <source>The payment has changed in the meantime. Refresh and try again.</source>
        <translation>그 사이에 결제 상태가 바뀌었습니다. 새로 고친 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The wallet request has changed in the meantime. Refresh and try again.</source>
        <translation>그 사이에 지갑 저장 요청의 상태가 바뀌었습니다. 새로 고친 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Kakao Pay is not activated on this Stripe account.</source>
        <translation>이 Stripe 계정에서 카카오페이가 활성화되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Stripe could not find this object. It may have been deleted.</source>
        <translation>Stripe에서 이 객체를 찾을 수 없습니다. 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>This invoice is finalized and can no longer be changed.</source>
        <translation>이 인보이스는 확정되어 더 이상 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no upcoming invoice to preview.</source>
        <translation>미리 볼 예정 인보이스가 없습니다.</translation>
    </message>
    <message>
        <source>The amount is below Stripe&apos;s minimum.</source>
        <translation>금액이 Stripe의 최소 금액보다 적습니다.</translation>
    </message>
    <message>
        <source>The amount is above Stripe&apos;s maximum.</source>
        <translation>금액이 Stripe의 최대 금액을 넘습니다.</translation>
    </message>
    <message>
        <source>This payment has already been refunded.</source>
        <translation>이 결제는 이미 환불되었습니다.</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>이메일 주소가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>A required field is empty.</source>
        <translation>필수 항목이 비어 있습니다.</translation>
    </message>
    <message>
        <source>A number was expected.</source>
        <translation>숫자를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>The same action is still being processed. Wait a moment.</source>
        <translation>같은 작업이 아직 처리 중입니다. 잠시 기다리세요.</translation>
    </message>
    <message>
        <source>Stripe was busy with this object. Try again in a moment.</source>
        <translation>Stripe가 이 객체를 처리하느라 바빴습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Too many requests to Stripe right now. Wait a moment and try again.</source>
        <translation>지금 Stripe에 요청이 너무 많습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>This API key has expired. Connect the account again.</source>
        <translation>이 API 키는 만료되었습니다. 계정을 다시 연결하세요.</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>MRR movements this month</source>
        <translation>이번 달 MRR 변동</translation>
    </message>
    <message>
        <source>Each customer&apos;s monthly recurring revenue at the end of a month, compared with the end of the month before: from nothing is new (or reactivated when the customer paid before), more is expansion, less is contraction, nothing is churned. Stripe keeps only a subscription&apos;s current items, so past amounts come from its recurring invoices (prorations left out).</source>
        <translation>고객별 월 반복 매출을 월말 기준으로 전월 말과 비교합니다. 0에서 생기면 신규(이전에 결제한 고객이면 재활성), 늘면 확장, 줄면 축소, 0이 되면 이탈입니다. Stripe는 구독의 현재 항목만 보관하므로 과거 금액은 반복 청구 인보이스에서 가져옵니다(일할 계산 제외).</translation>
    </message>
    <message>
        <source>Churn rate last month</source>
        <translation>지난달 이탈률</translation>
    </message>
    <message>
        <source>Customers whose recurring revenue fell to nothing during the last complete month, divided by the customers paying at its start. Stripe does not keep past statuses: a subscription counts from its start to its end, except during its trial.</source>
        <translation>지난 한 달 동안 반복 매출이 0이 된 고객 수를 그달 초에 결제 중이던 고객 수로 나눈 값입니다. Stripe는 과거 상태를 보관하지 않으므로 구독은 체험 기간을 제외하고 시작부터 종료까지 집계합니다.</translation>
    </message>
    <message>
        <source>Trial-to-paid conversion</source>
        <translation>체험 후 유료 전환율</translation>
    </message>
    <message>
        <source>Trials that ended in the last twelve months, and how many of them were followed by a paid invoice with an amount.</source>
        <translation>최근 12개월 동안 끝난 체험과, 그중 금액이 있는 인보이스가 결제된 체험의 수입니다.</translation>
    </message>
    <message>
        <source>Failed-payment recovery</source>
        <translation>결제 실패 회수율</translation>
    </message>
    <message>
        <source>Invoices of the last twelve months whose payment failed (attempted more than once, or attempted and never paid), and how many were paid after all. Stripe keeps the number of attempts, not each attempt.</source>
        <translation>최근 12개월의 인보이스 중 결제에 실패한 것(두 번 이상 시도했거나, 시도했지만 결제되지 않은 것)과 그중 결국 결제된 것의 수입니다. Stripe는 시도 횟수만 보관하고 각 시도는 보관하지 않습니다.</translation>
    </message>
    <message>
        <source>MRR movements chart</source>
        <translation>MRR 변동 차트</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Export the figures to CSV</source>
        <translation>지표를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>Reading the invoices…</source>
        <translation>인보이스를 읽는 중…</translation>
    </message>
    <message>
        <source>MRR this month: %1 (new %2, expansion %3, reactivated %4, contraction %5, churned %6)</source>
        <translation>이번 달 MRR: %1 (신규 %2, 확장 %3, 재활성 %4, 축소 %5, 이탈 %6)</translation>
    </message>
    <message>
        <source>Churn last month: %1 (%2 of %3 paying customers)</source>
        <translation>지난달 이탈: %1 (결제 고객 %3명 중 %2명)</translation>
    </message>
    <message>
        <source>Trial to paid: %1 (%2 of %3 trials, twelve months)</source>
        <translation>유료 전환: %1 (체험 %3건 중 %2건, 12개월)</translation>
    </message>
    <message>
        <source>Recovered: %1 (%2 of %3 failed invoices, %4)</source>
        <translation>회수: %1 (실패한 인보이스 %3건 중 %2건, %4)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>GotoBox</name>
    <message>
        <source>It has no customer to open.</source>
        <translation>연결된 고객이 없어 열 수 없습니다.</translation>
    </message>
    <message>
        <source>kpadmin cannot open this kind of object.</source>
        <translation>kpadmin에서 열 수 없는 종류의 객체입니다.</translation>
    </message>
    <message>
        <source>No object with this id.</source>
        <translation>이 ID의 객체가 없습니다.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>“%1”과(와) 일치하는 고객이 없습니다.</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>cus_…, sub_…, price_…, prod_…, in_…, pi_…, seti_… or a customer&apos;s name or e-mail</source>
        <translation>cus_…, sub_…, price_…, prod_…, in_…, pi_…, seti_… 또는 고객 이름이나 이메일</translation>
    </message>
    <message>
        <source>Go to id, name or e-mail</source>
        <translation>ID, 이름 또는 이메일로 이동</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>일치하는 고객</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>찾는 중…</translation>
    </message>
</context>
<context>
    <name>InvoiceActionsDialog</name>
    <message>
        <source>Failed payment</source>
        <translation>결제 실패</translation>
    </message>
    <message>
        <source>Invoice %1 (%2) is %3: %4 is still due.</source>
        <translation>인보이스 %1(%2)은(는) %3 상태이며, %4이(가) 아직 미결제입니다.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 미결제</translation>
    </message>
    <message>
        <source>Send payment link…</source>
        <translation>결제 링크 보내기…</translation>
    </message>
    <message>
        <source>Give the customer the invoice&apos;s payment page: link, QR code and a message</source>
        <translation>고객에게 청구서 결제 페이지를 링크, QR 코드, 메시지로 전달합니다</translation>
    </message>
    <message>
        <source>Only an open invoice has a page the customer can pay on.</source>
        <translation>고객이 결제할 수 있는 페이지는 미결제 청구서에만 있습니다.</translation>
    </message>
    <message>
        <source>Retry the payment now</source>
        <translation>지금 결제 재시도</translation>
    </message>
    <message>
        <source>Mark uncollectible (write off, still owed)</source>
        <translation>회수 불가로 표시 (대손 처리, 미수금은 유지)</translation>
    </message>
    <message>
        <source>Void (nothing is owed; cannot be undone)</source>
        <translation>무효 처리 (청구 금액 없음, 되돌릴 수 없음)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>This invoice is %1: nothing can be done with it here.</source>
        <translation>이 인보이스는 %1 상태라 여기서 할 수 있는 작업이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is charged now to the subscription&apos;s saved wallet, without the customer. If the wallet needs the customer&apos;s approval, the approval dialog opens.</source>
        <translation>구독에 저장된 지갑으로 고객 개입 없이 지금 %1을(를) 청구합니다. 지갑에 고객 승인이 필요하면 승인 창이 열립니다.</translation>
    </message>
    <message>
        <source>No more attempts are made to collect %1. The invoice stays owed and can still be paid or voided later.</source>
        <translation>%1 회수를 더 이상 시도하지 않습니다. 인보이스는 미수 상태로 남으며, 나중에 결제되거나 무효 처리될 수 있습니다.</translation>
    </message>
    <message>
        <source>The invoice is voided: the customer no longer owes %1. This cannot be undone.</source>
        <translation>인보이스가 무효 처리되어 고객은 더 이상 %1을(를) 지불하지 않아도 됩니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>The customer&apos;s wallet needs their approval: continue in the Kakao Pay approval window.</source>
        <translation>고객의 지갑에 고객 승인이 필요합니다. 카카오페이 승인 창에서 계속하세요.</translation>
    </message>
    <message>
        <source>Invoice %1 is now %2.</source>
        <translation>인보이스 %1: 이제 %2 상태입니다.</translation>
    </message>
</context>
<context>
    <name>InvoicesDialog</name>
    <message>
        <source>Invoices</source>
        <translation>인보이스</translation>
    </message>
    <message>
        <source>All of the customer&apos;s invoices</source>
        <translation>고객의 모든 인보이스</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제액</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>미결제액</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일</translation>
    </message>
    <message>
        <source>Open invoice page</source>
        <translation>인보이스 페이지 열기</translation>
    </message>
    <message>
        <source>Retry or write off…</source>
        <translation>재시도/대손 처리…</translation>
    </message>
    <message>
        <source>Send payment link…</source>
        <translation>결제 링크 보내기…</translation>
    </message>
    <message>
        <source>Invoices of customer %1</source>
        <translation>고객 %1의 인보이스</translation>
    </message>
    <message>
        <source>Invoices of subscription %1</source>
        <translation>구독 %1의 인보이스</translation>
    </message>
    <message>
        <source>A draft invoice has no page yet.</source>
        <translation>초안 인보이스에는 아직 페이지가 없습니다.</translation>
    </message>
    <message>
        <source>Only an open invoice has a page the customer can pay on.</source>
        <translation>고객이 결제할 수 있는 페이지는 미결제 청구서에만 있습니다.</translation>
    </message>
    <message>
        <source>Only an open or uncollectible invoice can be retried or written off.</source>
        <translation>결제 대기 또는 회수 불가 인보이스만 재시도하거나 대손 처리할 수 있습니다.</translation>
    </message>
    <message>
        <source>No browser could open the invoice page.</source>
        <translation>인보이스 페이지를 열 수 있는 브라우저가 없습니다.</translation>
    </message>
</context>
<context>
    <name>KakaoTexts</name>
    <message>
        <source>en</source>
        <extracomment>The code of the language of this translation: ko for Korean, ja for Japanese.</extracomment>
        <translation>ko</translation>
    </message>
    <message>
        <source>The Kakao Pay wallet does not have enough funds.</source>
        <translation>카카오페이 지갑의 잔액이 부족합니다.</translation>
    </message>
    <message>
        <source>The customer did not approve the payment in Kakao Pay.</source>
        <translation>고객이 카카오페이에서 결제를 승인하지 않았습니다.</translation>
    </message>
    <message>
        <source>The customer did not approve saving the wallet in Kakao Pay.</source>
        <translation>고객이 카카오페이에서 지갑 저장을 승인하지 않았습니다.</translation>
    </message>
    <message>
        <source>This wallet cannot be charged without the customer: it has no active permission for automatic charges.</source>
        <translation>자동 결제 권한이 유효하지 않아, 이 지갑은 고객 없이 결제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Kakao Pay declined the payment.</source>
        <translation>카카오페이가 결제를 거절했습니다.</translation>
    </message>
    <message>
        <source>Stripe reported the attempt as failed.</source>
        <translation>Stripe에서 결제 시도가 실패했다고 알려 왔습니다.</translation>
    </message>
    <message>
        <source>Ask the customer to try again with “Add Kakao Pay”, or to use another Kakao Pay account.</source>
        <translation>고객에게 “카카오페이 추가”로 다시 시도하거나 다른 카카오페이 계정을 사용하도록 요청하세요.</translation>
    </message>
    <message>
        <source>Ask the customer to top up their Kakao Pay wallet or link a card in Kakao Pay, then use “Resume payment” so they can approve the payment. Stripe keeps the subscription incomplete for about 23 hours.</source>
        <translation>고객에게 카카오페이 지갑을 충전하거나 카카오페이에 카드를 연결하도록 요청한 뒤, “결제 다시 요청”으로 고객이 결제를 승인하게 하세요. Stripe는 약 23시간 동안 구독을 미완료 상태로 유지합니다.</translation>
    </message>
    <message>
        <source>Use “Resume payment” to ask the customer to approve the payment in Kakao Pay. Stripe keeps the subscription incomplete for about 23 hours, then expires it.</source>
        <translation>“결제 다시 요청”으로 고객에게 카카오페이에서 결제를 승인하도록 요청하세요. Stripe는 약 23시간 동안 구독을 미완료 상태로 유지한 뒤 만료시킵니다.</translation>
    </message>
    <message>
        <source>There is no link to open yet.</source>
        <translation>아직 열 링크가 없습니다.</translation>
    </message>
    <message>
        <source>This link was refused: it contains spaces, backslashes or characters that Stripe&apos;s links never contain.</source>
        <translation>이 링크는 거부되었습니다: Stripe 링크에는 결코 없는 공백, 백슬래시 또는 문자가 들어 있습니다.</translation>
    </message>
    <message>
        <source>This link was refused: it is far too long.</source>
        <translation>이 링크는 거부되었습니다: 너무 깁니다.</translation>
    </message>
    <message>
        <source>This link was refused: it is not a valid address.</source>
        <translation>이 링크는 거부되었습니다: 올바른 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>This link was refused: only https links to Stripe are used (it starts with “%1:”).</source>
        <translation>이 링크는 거부되었습니다: Stripe로 가는 https 링크만 사용합니다(이 링크는 “%1:”로 시작합니다).</translation>
    </message>
    <message>
        <source>This link was refused: it carries a user name or password.</source>
        <translation>이 링크는 거부되었습니다: 사용자 이름이나 비밀번호가 들어 있습니다.</translation>
    </message>
    <message>
        <source>This link was refused: it does not point to Stripe (%1).</source>
        <translation>이 링크는 거부되었습니다: Stripe를 가리키지 않습니다(%1).</translation>
    </message>
    <message>
        <source>This link was refused: it names a port that Stripe&apos;s pages do not use.</source>
        <translation>이 링크는 거부되었습니다: Stripe 페이지가 쓰지 않는 포트를 지정합니다.</translation>
    </message>
    <message>
        <source>This link was refused: it is written in a way Stripe never writes links (it would be read as going to “%1”).</source>
        <translation>이 링크는 거부되었습니다: Stripe가 링크를 결코 이렇게 쓰지 않습니다(“%1”(으)로 가는 링크로 읽힙니다).</translation>
    </message>
    <message>
        <source>This link was refused.</source>
        <translation>이 링크는 거부되었습니다.</translation>
    </message>
    <message>
        <source>The link is not shown, copied or put in the QR code. Do not send the customer any other link: cancel this request, check that the profile&apos;s API base URL is Stripe&apos;s, and try again.</source>
        <translation>이 링크는 표시하거나 복사하거나 QR 코드에 넣지 않습니다. 고객에게 다른 링크를 보내지 마세요. 이 요청을 취소하고, 프로필의 API 기본 URL이 Stripe의 것인지 확인한 뒤 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>This key cannot read Stripe&apos;s events, so changes made elsewhere appear only when you refresh (F5).</source>
        <translation>이 키로는 Stripe 이벤트를 읽을 수 없어 다른 곳에서 바꾼 내용은 새로 고침(F5)해야 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>계정:</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>프로필 전환</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation>프로필 추가…</translation>
    </message>
    <message>
        <source>Remove profile…</source>
        <translation>프로필 삭제…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>환경설정…</translation>
    </message>
    <message>
        <source>Activity log…</source>
        <translation>활동 기록…</translation>
    </message>
    <message>
        <source>The key of “%1” is not available: connect the account again.</source>
        <translation>“%1”의 키를 사용할 수 없습니다. 계정을 다시 연결하세요.</translation>
    </message>
    <message>
        <source>The keychain did not give the key of “%1”: %2</source>
        <translation>키체인에서 “%1”의 키를 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>프로필 삭제</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its API key is deleted from this computer&apos;s keychain. Nothing changes on Stripe.</source>
        <translation>프로필 “%1”을(를) 삭제할까요? API 키가 이 컴퓨터의 키체인에서 삭제됩니다. Stripe에서는 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>The new language applies when kpadmin starts again.</source>
        <translation>새 언어는 kpadmin을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>This tab is not available in this build.</source>
        <translation>이 빌드에서는 이 탭을 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About kpadmin</source>
        <translation>kpadmin 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Metadata can have at most 50 keys.</source>
        <translation>메타데이터 키는 최대 50개까지 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Every metadata row needs a key.</source>
        <translation>모든 메타데이터 행에 키가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Metadata keys can be at most 40 characters.</source>
        <translation>메타데이터 키는 최대 40자입니다.</translation>
    </message>
    <message>
        <source>Metadata keys cannot contain square brackets.</source>
        <translation>메타데이터 키에는 대괄호를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Metadata values can be at most 500 characters.</source>
        <translation>메타데이터 값은 최대 500자입니다.</translation>
    </message>
    <message>
        <source>Each metadata key can appear only once.</source>
        <translation>같은 메타데이터 키는 한 번만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Every metadata key needs a value (Stripe drops a key whose value is empty).</source>
        <translation>모든 메타데이터 키에 값이 있어야 합니다(값이 비어 있으면 Stripe에서 키를 삭제합니다).</translation>
    </message>
    <message>
        <source>Metadata contains an invisible control character (pasted text?); remove it.</source>
        <translation>메타데이터에 보이지 않는 제어 문자가 들어 있습니다(붙여 넣은 텍스트인가요?). 삭제하세요.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add metadata row</source>
        <translation>메타데이터 행 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove metadata row</source>
        <translation>메타데이터 행 삭제</translation>
    </message>
</context>
<context>
    <name>ModeBadge</name>
    <message>
        <source>SANDBOX</source>
        <extracomment>Badge for kpadmin&apos;s own local sandbox (a server inside kpadmin, on this computer), which is NOT Stripe&apos;s test mode nor a Stripe &quot;sandbox&quot; account: nothing reaches Stripe. Short, upper case where the script has case; it sits beside TEST and LIVE.</extracomment>
        <translation>샌드박스</translation>
    </message>
    <message>
        <source>TEST</source>
        <extracomment>Badge for Stripe&apos;s test mode (a sk_test_ key): Stripe&apos;s Dashboard says &quot;test mode&quot;.</extracomment>
        <translation>테스트</translation>
    </message>
    <message>
        <source>LIVE</source>
        <extracomment>Badge for Stripe&apos;s live mode (a sk_live_ key): real money. Stripe&apos;s Dashboard word.</extracomment>
        <translation>라이브</translation>
    </message>
    <message>
        <source>Local sandbox: nothing here reaches Stripe.</source>
        <translation>로컬 샌드박스: 여기서 한 작업은 Stripe에 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>The demo shop resets when kpadmin closes.</source>
        <translation>데모 상점은 kpadmin을 닫으면 초기화됩니다.</translation>
    </message>
    <message>
        <source>Stripe test mode: no real money moves.</source>
        <translation>Stripe 테스트 모드: 실제 돈은 오가지 않습니다.</translation>
    </message>
    <message>
        <source>LIVE: real customers and real money.</source>
        <translation>LIVE: 실제 고객, 실제 돈입니다.</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>모드: %1</translation>
    </message>
</context>
<context>
    <name>NewSubscriptionDialog</name>
    <message>
        <source>New subscription</source>
        <translation>새 구독</translation>
    </message>
    <message>
        <source>Kakao Pay charges in Korean won only: prices in other currencies are listed but cannot be chosen.</source>
        <translation>카카오페이는 원화로만 결제됩니다. 다른 통화의 가격은 표시되지만 선택할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose a customer…</source>
        <translation>고객 선택…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Customer name or cus_…</source>
        <translation>고객 이름 또는 cus_…</translation>
    </message>
    <message>
        <source>Add another price</source>
        <translation>가격 추가</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>무료 체험</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Trial length in days</source>
        <translation>체험 기간(일)</translation>
    </message>
    <message>
        <source>Kakao Pay wallet</source>
        <translation>카카오페이 지갑</translation>
    </message>
    <message>
        <source>Add Kakao Pay…</source>
        <translation>카카오페이 추가…</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>체험</translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>Resume payment…</source>
        <translation>결제 다시 요청…</translation>
    </message>
    <message>
        <source>Ask the customer to approve the first payment in Kakao Pay</source>
        <translation>카카오페이에서 첫 결제를 승인하도록 고객에게 요청합니다</translation>
    </message>
    <message>
        <source>Start subscription</source>
        <translation>구독 시작</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation>가격 %1</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Choose a price…</source>
        <translation>가격 선택…</translation>
    </message>
    <message>
        <source>%1 — not payable with Kakao Pay (KRW only)</source>
        <translation>%1 — 카카오페이 결제 불가 (KRW 전용)</translation>
    </message>
    <message>
        <source>Kakao Pay · %1</source>
        <translation>카카오페이 · %1</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(기본)</translation>
    </message>
    <message>
        <source>This customer has no saved Kakao Pay wallet yet. Save one first with “Add Kakao Pay”.</source>
        <translation>이 고객에게는 아직 저장된 카카오페이 지갑이 없습니다. 먼저 “카카오페이 추가”로 저장하세요.</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>고객을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose at least one KRW price.</source>
        <translation>KRW 가격을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Kakao Pay can only pay prices in Korean won (KRW).</source>
        <translation>카카오페이는 원화(KRW) 가격만 결제할 수 있습니다.</translation>
    </message>
    <message>
        <source>All prices of one subscription must bill at the same interval.</source>
        <translation>한 구독의 모든 가격은 청구 주기가 같아야 합니다.</translation>
    </message>
    <message>
        <source>Each price can appear only once; raise its quantity instead.</source>
        <translation>같은 가격은 한 번만 추가할 수 있습니다. 대신 수량을 늘리세요.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s Kakao Pay wallet.</source>
        <translation>고객의 카카오페이 지갑을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 %2 — terms to give the customer:</source>
        <translation>%1 %2 — 고객에게 안내할 약관:</translation>
    </message>
    <message>
        <source>Subscription %1 is %2.</source>
        <translation>구독 %1은(는) %2 상태입니다.</translation>
    </message>
    <message>
        <source>Subscription %1 waits for the customer to approve the first payment.</source>
        <translation>구독 %1이(가) 고객의 첫 결제 승인을 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>Subscription %1 is incomplete: the first payment did not go through.</source>
        <translation>구독 %1이(가) 미완료 상태입니다. 첫 결제가 완료되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Kakao Pay wallet saved</source>
        <translation>카카오페이 지갑 저장됨</translation>
    </message>
    <message>
        <source>Kakao Pay payment approved</source>
        <translation>카카오페이 결제 승인됨</translation>
    </message>
    <message>
        <source>%1: the customer approved; the wallet is saved for later payments.</source>
        <translation>%1: 고객이 승인했습니다. 이후 결제를 위해 지갑이 저장되었습니다.</translation>
    </message>
    <message>
        <source>%1: the customer approved the payment in Kakao Pay.</source>
        <translation>%1: 고객이 카카오페이에서 결제를 승인했습니다.</translation>
    </message>
    <message>
        <source>%1: the customer did not approve in time; the link has expired.</source>
        <translation>%1: 고객이 제한 시간 안에 승인하지 않아 링크가 만료되었습니다.</translation>
    </message>
    <message>
        <source>Kakao Pay wallet not saved</source>
        <translation>카카오페이 지갑 저장 안 됨</translation>
    </message>
    <message>
        <source>Renewal payment failed</source>
        <translation>갱신 결제 실패</translation>
    </message>
    <message>
        <source>%1: the renewal payment failed.</source>
        <translation>%1: 갱신 결제에 실패했습니다.</translation>
    </message>
    <message>
        <source>Failed renewal payments: %1.</source>
        <translation>실패한 갱신 결제: %1건.</translation>
    </message>
    <message>
        <source>Kakao Pay payment not approved</source>
        <translation>카카오페이 결제 승인 안 됨</translation>
    </message>
    <message>
        <source>Stripe did not accept the request.</source>
        <translation>Stripe가 요청을 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: the approval failed.</source>
        <translation>%1: 승인에 실패했습니다.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Retry now</source>
        <translation>지금 다시 시도</translation>
    </message>
    <message>
        <source>Retry the connection to Stripe now</source>
        <translation>지금 Stripe에 다시 연결합니다</translation>
    </message>
    <message>
        <source>Stripe cannot be reached. The rows shown were loaded before the connection was lost; kpadmin keeps trying and reloads when it is back.</source>
        <translation>Stripe에 연결할 수 없습니다. 표시된 행은 연결이 끊기기 전에 불러온 것입니다. kpadmin이 계속 연결을 시도하며, 연결되면 다시 불러옵니다.</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>Subscriptions by status</source>
        <translation>상태별 구독</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <source>Monthly recurring revenue (%1)</source>
        <translation>월 반복 매출(%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>확장</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>재활성</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>이탈</translation>
    </message>
    <message>
        <source>MRR movements (%1)</source>
        <translation>MRR 변동(%1)</translation>
    </message>
</context>
<context>
    <name>OverviewFigures</name>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Net change (%1)</source>
        <translation>순변동(%1)</translation>
    </message>
    <message>
        <source>Paying customers at the start</source>
        <translation>월초 결제 고객</translation>
    </message>
    <message>
        <source>Customers churned</source>
        <translation>이탈 고객</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>이탈률</translation>
    </message>
    <message>
        <source>Trials ended</source>
        <translation>종료된 체험</translation>
    </message>
    <message>
        <source>Trials converted</source>
        <translation>유료 전환된 체험</translation>
    </message>
    <message>
        <source>Failed invoices</source>
        <translation>결제 실패 인보이스</translation>
    </message>
    <message>
        <source>Recovered invoices</source>
        <translation>회수된 인보이스</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview summary</source>
        <translation>개요 요약</translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation>구독을 불러오는 중…</translation>
    </message>
    <message>
        <source>Revenue currency</source>
        <translation>매출 통화</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Refresh overview</source>
        <translation>개요 새로 고침</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>읽기 진행률</translation>
    </message>
    <message>
        <source>Subscriptions by status chart</source>
        <translation>상태별 구독 차트</translation>
    </message>
    <message>
        <source>Monthly recurring revenue chart</source>
        <translation>월 반복 매출 차트</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Reading subscriptions and invoices: %v of about %m pages</source>
        <translation>구독과 인보이스를 읽는 중: 약 %m페이지 중 %v페이지</translation>
    </message>
    <message>
        <source>Still reading: %1 subscriptions so far.</source>
        <translation>아직 읽는 중: 지금까지 구독 %1개.</translation>
    </message>
    <message>
        <source>Monthly recurring revenue now: %1. Live subscriptions: %2 (%3 read, canceled included).</source>
        <translation>현재 월 반복 매출: %1. 유효 구독: %2개 (취소 포함 %3개 조회).</translation>
    </message>
    <message numerus="yes">
        <source>Not counted: %n item(s) without a flat price.</source>
        <translation>
            <numerusform>고정 가격이 없는 항목 %n개는 집계에서 제외했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause payments</source>
        <translation>결제 일시 중지</translation>
    </message>
    <message>
        <source>Stop charging the customer for a while. The subscription stays; its invoices are handled as you choose below.</source>
        <translation>한동안 고객에게 청구하지 않습니다. 구독은 유지되며, 인보이스는 아래에서 선택한 대로 처리됩니다.</translation>
    </message>
    <message>
        <source>Resume payments</source>
        <translation>결제 재개</translation>
    </message>
    <message>
        <source>Charge the customer again from the next invoice on.</source>
        <translation>다음 인보이스부터 다시 고객에게 청구합니다.</translation>
    </message>
    <message>
        <source>Resume subscription</source>
        <translation>구독 재개</translation>
    </message>
    <message>
        <source>Start the paused subscription again: a new period starts now and is invoiced.</source>
        <translation>일시 중지된 구독을 다시 시작합니다. 지금 새 기간이 시작되며 인보이스가 발행됩니다.</translation>
    </message>
    <message>
        <source>Invoices while paused</source>
        <translation>중지 중 인보이스</translation>
    </message>
    <message>
        <source>Resume by itself on</source>
        <translation>자동 재개일</translation>
    </message>
    <message>
        <source>Resume date</source>
        <translation>재개 날짜</translation>
    </message>
    <message>
        <source>The subscription becomes active again and the customer is charged for a new period starting now.</source>
        <translation>구독이 다시 활성화되고, 지금 시작하는 새 기간의 금액이 고객에게 청구됩니다.</translation>
    </message>
    <message>
        <source>The next invoice is charged to the customer as usual. Invoices made during the pause stay as they are.</source>
        <translation>다음 인보이스는 평소처럼 고객에게 청구됩니다. 일시 중지 기간에 생성된 인보이스는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>each renewal&apos;s invoice is voided: the customer will never owe it</source>
        <translation>갱신 인보이스는 매번 무효 처리되어 고객이 지불하지 않습니다</translation>
    </message>
    <message>
        <source>each renewal&apos;s invoice stays a draft: you can collect it later</source>
        <translation>갱신 인보이스는 매번 초안으로 남아 나중에 회수할 수 있습니다</translation>
    </message>
    <message>
        <source>each renewal&apos;s invoice is marked uncollectible: owed, but not charged</source>
        <translation>갱신 인보이스는 매번 회수 불가로 표시되어 미수금으로 남지만 청구되지 않습니다</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>until you resume it</source>
        <translation>재개할 때까지</translation>
    </message>
    <message>
        <source>No payment is taken %1; %2. The subscription itself stays %3.</source>
        <translation>%1 결제를 받지 않습니다. %2. 구독 자체는 %3 상태로 유지됩니다.</translation>
    </message>
    <message>
        <source>Payments are paused until %1.</source>
        <translation>%1까지 결제가 일시 중지되었습니다.</translation>
    </message>
    <message>
        <source>Payments are paused.</source>
        <translation>결제가 일시 중지되었습니다.</translation>
    </message>
    <message>
        <source>Payments are collected again (status: %1).</source>
        <translation>결제를 다시 청구합니다(상태: %1).</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Kakao Pay</source>
        <translation>카카오페이</translation>
    </message>
    <message>
        <source>Naver Pay</source>
        <translation>네이버페이</translation>
    </message>
    <message>
        <source>Korean card</source>
        <translation>국내 카드</translation>
    </message>
    <message>
        <source>PAYCO</source>
        <translation>페이코</translation>
    </message>
    <message>
        <source>Samsung Pay</source>
        <translation>삼성페이</translation>
    </message>
</context>
<context>
    <name>PaymentMethodDialog</name>
    <message>
        <source>Payment method</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>Choose which of the customer&apos;s wallets pays this subscription from now on.</source>
        <translation>앞으로 이 구독을 결제할 고객의 지갑을 선택하세요.</translation>
    </message>
    <message>
        <source>Use this payment method</source>
        <translation>이 결제 수단 사용</translation>
    </message>
    <message>
        <source>Saved payment methods</source>
        <translation>저장된 결제 수단</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>지갑</translation>
    </message>
    <message>
        <source>Add Kakao Pay…</source>
        <translation>카카오페이 추가…</translation>
    </message>
    <message>
        <source>The customer approves a new wallet in Kakao Pay</source>
        <translation>고객이 카카오페이에서 새 지갑을 승인합니다</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(현재)</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1 저장</translation>
    </message>
    <message>
        <source>No saved payment methods: add Kakao Pay.</source>
        <translation>저장된 결제 수단이 없습니다. 카카오페이를 추가하세요.</translation>
    </message>
    <message>
        <source>Select a payment method other than the current one.</source>
        <translation>현재 결제 수단이 아닌 다른 결제 수단을 선택하세요.</translation>
    </message>
    <message>
        <source>From the next charge on, this subscription is paid with %1 (%2).</source>
        <translation>다음 결제부터 이 구독은 %1(%2)(으)로 결제됩니다.</translation>
    </message>
    <message>
        <source>The subscription is now paid with %1.</source>
        <translation>이제 이 구독은 %1(으)로 결제됩니다.</translation>
    </message>
</context>
<context>
    <name>PendingApprovals</name>
    <message>
        <source>Kakao Pay — done</source>
        <translation>카카오페이 — 완료</translation>
    </message>
    <message>
        <source>Done. You can close this tab.</source>
        <translation>완료되었습니다. 이 탭을 닫아도 됩니다.</translation>
    </message>
    <message>
        <source>kpadmin has been told. The result is shown in kpadmin once Stripe confirms it.</source>
        <translation>kpadmin에 전달되었습니다. Stripe가 확인하면 kpadmin에 결과가 표시됩니다.</translation>
    </message>
    <message>
        <source>en</source>
        <translation>ko</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>A new language applies the next time kpadmin starts.</source>
        <translation>새 언어는 다음에 kpadmin을 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Return page</source>
        <translation>반환 페이지</translation>
    </message>
    <message>
        <source>Built-in (this computer)</source>
        <translation>기본 제공 (이 컴퓨터)</translation>
    </message>
    <message>
        <source>Where Kakao Pay sends the buyer after approving. Leave empty to use a page kpadmin serves on this computer; set your own https page when buyers approve on their phones.</source>
        <translation>구매자가 승인한 뒤 카카오페이가 이동시키는 페이지입니다. 비워 두면 kpadmin이 이 컴퓨터에서 제공하는 페이지를 사용합니다. 구매자가 휴대폰에서 승인한다면 직접 운영하는 https 페이지를 지정하세요.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Kakao Pay &amp;return page:</source>
        <translation>카카오페이 반환 페이지(&amp;R):</translation>
    </message>
    <message>
        <source>The return page must be an https:// address (or empty).</source>
        <translation>반환 페이지는 https:// 주소여야 합니다(또는 비워 두세요).</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>Edit price</source>
        <translation>가격 편집</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>새 가격</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Kakao Pay note</source>
        <translation>카카오페이 안내</translation>
    </message>
    <message>
        <source>Tax behaviour</source>
        <translation>세금 처리</translation>
    </message>
    <message>
        <source>Unspecified (account default)</source>
        <translation>지정 안 함 (계정 기본값)</translation>
    </message>
    <message>
        <source>Inclusive (tax included in the amount)</source>
        <translation>포함 (금액에 세금 포함)</translation>
    </message>
    <message>
        <source>Exclusive (tax added to the amount)</source>
        <translation>별도 (금액에 세금 추가)</translation>
    </message>
    <message>
        <source>Lookup key</source>
        <translation>조회 키</translation>
    </message>
    <message>
        <source>optional, e.g. photo_monthly</source>
        <translation>선택 사항, 예: photo_monthly</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>별칭</translation>
    </message>
    <message>
        <source>optional, not shown to customers</source>
        <translation>선택 사항, 고객에게 표시되지 않음</translation>
    </message>
    <message>
        <source>Active (can be used for new subscriptions)</source>
        <translation>활성 (새 구독에 사용 가능)</translation>
    </message>
    <message>
        <source>Make this the default price</source>
        <translation>이 가격을 기본 가격으로 설정</translation>
    </message>
    <message>
        <source>The price Checkout, the Dashboard and the products list show for this product</source>
        <translation>Checkout, 대시보드와 상품 목록에 이 상품의 가격으로 표시됩니다</translation>
    </message>
    <message>
        <source>Create a new price…</source>
        <translation>새 가격 만들기…</translation>
    </message>
    <message>
        <source>Create a new price from this one</source>
        <translation>이 가격을 바탕으로 새 가격 만들기</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>금액(&amp;A)</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>청구 주기</translation>
    </message>
    <message>
        <source>Ta&amp;x behaviour</source>
        <translation>세금 처리(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Lookup key</source>
        <translation>조회 키(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Nickname</source>
        <translation>별칭(&amp;N)</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>Save price</source>
        <translation>가격 저장</translation>
    </message>
    <message>
        <source>Stripe does not let a price change its amount, currency, billing interval or tax behaviour. Create a new price instead, then archive this one: existing subscriptions keep it.</source>
        <translation>Stripe에서는 가격의 금액, 통화, 청구 주기, 세금 처리를 변경할 수 없습니다. 대신 새 가격을 만든 뒤 이 가격을 보관하세요. 기존 구독은 이 가격을 계속 사용합니다.</translation>
    </message>
    <message>
        <source>Note: Kakao Pay needs at least %1 per payment; customers cannot pay this price with Kakao Pay.</source>
        <translation>참고: 카카오페이는 결제당 최소 %1이(가) 필요하므로, 고객이 이 가격을 카카오페이로 결제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PricesModel</name>
    <message>
        <source>One-time</source>
        <translation>일회성</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>매일</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>매월</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>매년</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>%1일마다</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation>%1주마다</translation>
    </message>
    <message>
        <source>Every %1 months</source>
        <translation>%1개월마다</translation>
    </message>
    <message>
        <source>Every %1 years</source>
        <translation>%1년마다</translation>
    </message>
    <message>
        <source>/ day</source>
        <translation>/ 일</translation>
    </message>
    <message>
        <source>/ week</source>
        <translation>/ 주</translation>
    </message>
    <message>
        <source>/ month</source>
        <translation>/ 월</translation>
    </message>
    <message>
        <source>/ year</source>
        <translation>/ 년</translation>
    </message>
    <message>
        <source>/ %1 days</source>
        <translation>/ %1일</translation>
    </message>
    <message>
        <source>/ %1 weeks</source>
        <translation>/ %1주</translation>
    </message>
    <message>
        <source>/ %1 months</source>
        <translation>/ %1개월</translation>
    </message>
    <message>
        <source>/ %1 years</source>
        <translation>/ %1년</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>변동</translation>
    </message>
    <message>
        <source>Inclusive</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>별도</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>지정 안 함</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>청구 주기</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>별칭</translation>
    </message>
    <message>
        <source>Lookup key</source>
        <translation>조회 키</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>세금</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>보관됨</translation>
    </message>
    <message>
        <source>%1 · Default</source>
        <translation>%1 · 기본</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>새 상품</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>상품 편집</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>상품 이름</translation>
    </message>
    <message>
        <source>e.g. Stock photo subscription</source>
        <translation>예: 스톡 사진 구독</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>세금 코드</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>설명(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tax code</source>
        <translation>세금 코드(&amp;T)</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>상품 저장</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>상품 이름을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>보관됨</translation>
    </message>
    <message>
        <source>Default price</source>
        <translation>기본 가격</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일</translation>
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
        <translation>데모 샌드박스</translation>
    </message>
</context>
<context>
    <name>QrCodeLabel</name>
    <message>
        <source>QR code of the approval link</source>
        <translation>승인 링크 QR 코드</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Filter loaded rows</source>
        <translation>불러온 행 필터링</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID 복사</translation>
    </message>
    <message>
        <source>Open in Stripe Dashboard</source>
        <translation>Stripe 대시보드에서 열기</translation>
    </message>
    <message>
        <source>Export loaded rows to CSV…</source>
        <translation>불러온 행을 CSV로 내보내기…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Could not load. Press F5 to try again.</source>
        <translation>불러오지 못했습니다. F5 키를 눌러 다시 시도하세요.</translation>
    </message>
    <message>
        <source>No loaded rows match the filter.</source>
        <translation>불러온 행 중 필터와 일치하는 행이 없습니다.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Give money back for the latest payment of this subscription. The subscription itself is not changed.</source>
        <translation>이 구독의 최근 결제 금액을 돌려줍니다. 구독 자체는 변경되지 않습니다.</translation>
    </message>
    <message>
        <source>Loading the latest payment…</source>
        <translation>최근 결제를 불러오는 중…</translation>
    </message>
    <message>
        <source>Part of it:</source>
        <translation>일부 금액:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>No payment was found for this subscription.</source>
        <translation>이 구독의 결제를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>unknown method</source>
        <translation>알 수 없는 결제 수단</translation>
    </message>
    <message>
        <source>%1 paid on %2 with %3 (%4).</source>
        <translation>%2 %3 결제 %1 (%4).</translation>
    </message>
    <message>
        <source>Already refunded: %1.</source>
        <translation>이미 환불됨: %1.</translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>%1 결제됨</translation>
    </message>
    <message>
        <source>All that is left: %1</source>
        <translation>남은 전액: %1</translation>
    </message>
    <message>
        <source>Partial refunds are allowed, up to what was paid. %1 payments can be refunded for %2 days: until %3.</source>
        <translation>결제 금액까지 부분 환불할 수 있습니다. %1 결제는 %2일 동안(%3까지) 환불할 수 있습니다.</translation>
    </message>
    <message>
        <source>Partial refunds are allowed, up to what was paid.</source>
        <translation>결제 금액까지 부분 환불할 수 있습니다.</translation>
    </message>
    <message>
        <source>There is no payment to refund.</source>
        <translation>환불할 결제가 없습니다.</translation>
    </message>
    <message>
        <source>This payment has already been refunded in full.</source>
        <translation>이 결제는 이미 전액 환불되었습니다.</translation>
    </message>
    <message>
        <source>Enter an amount above zero and at most %1.</source>
        <translation>0보다 크고 %1 이하인 금액을 입력하세요.</translation>
    </message>
    <message>
        <source>This payment is older than %1 days and can no longer be refunded with this method.</source>
        <translation>결제 후 %1일이 지나 이 방법으로는 더 이상 환불할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 goes back to the customer&apos;s %2. The subscription continues unchanged; cancel it separately if the customer is leaving.</source>
        <translation>%1이(가) 고객의 %2 결제 수단으로 환불됩니다. 구독은 그대로 유지되니, 고객이 떠나는 경우 따로 취소하세요.</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>기존</translation>
    </message>
    <message>
        <source>Refund %1: %2, %3.</source>
        <translation>환불 %1: %2, %3.</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Type to search Stripe</source>
        <translation>입력하면 Stripe에서 검색합니다</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>“%1”와(과) 일치하는 항목 없음</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>검색 실패</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>Go to an id, a customer&apos;s name or e-mail</source>
        <translation>ID, 고객 이름 또는 이메일로 이동</translation>
    </message>
    <message>
        <source>Search or filter the current tab</source>
        <translation>현재 탭에서 검색 또는 필터</translation>
    </message>
    <message>
        <source>New object on the current tab</source>
        <translation>현재 탭에서 새로 만들기</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>New price for the selected product</source>
        <translation>선택한 상품의 새 가격</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>새 구독</translation>
    </message>
    <message>
        <source>Refresh the current tab</source>
        <translation>현재 탭 새로 고침</translation>
    </message>
    <message>
        <source>Show keyboard shortcuts</source>
        <translation>단축키 보기</translation>
    </message>
    <message>
        <source>tab %1</source>
        <translation>%1번 탭</translation>
    </message>
    <message>
        <source>This object cannot be shown here.</source>
        <translation>이 객체는 여기에 표시할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Trialing</source>
        <translation>체험 중</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>Incomplete, expired</source>
        <translation>미완료(만료)</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>연체</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>미납</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>결제 대기</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>무효</translation>
    </message>
    <message>
        <source>Uncollectible</source>
        <translation>회수 불가</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s approval</source>
        <translation>고객 승인 대기 중</translation>
    </message>
    <message>
        <source>Payment failed; needs a payment method</source>
        <translation>결제 실패, 결제 수단 필요</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>확인 대기 중</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>Authorized, not captured</source>
        <translation>승인 완료, 매입 전</translation>
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
        <translation>요금제 변경: %1 → %2</translation>
    </message>
    <message>
        <source>Payment failed (attempt %1)</source>
        <translation>결제 실패 (%1번째 시도)</translation>
    </message>
    <message>
        <source>Payment method saved: %1</source>
        <translation>결제 수단 저장: %1</translation>
    </message>
    <message>
        <source>Payment method removed: %1</source>
        <translation>결제 수단 삭제: %1</translation>
    </message>
    <message>
        <source>Trial ended</source>
        <translation>체험 종료</translation>
    </message>
    <message>
        <source>Subscription created</source>
        <translation>구독 생성</translation>
    </message>
    <message>
        <source>Trial started</source>
        <translation>체험 시작</translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation>체험 종료 예정</translation>
    </message>
    <message>
        <source>Payments paused</source>
        <translation>결제 일시 중지</translation>
    </message>
    <message>
        <source>Payments resumed</source>
        <translation>결제 재개</translation>
    </message>
    <message>
        <source>Cancellation scheduled</source>
        <translation>해지 예약됨</translation>
    </message>
    <message>
        <source>Subscription ends (cancellation)</source>
        <translation>구독 종료 (해지)</translation>
    </message>
    <message>
        <source>Subscription canceled</source>
        <translation>구독 해지됨</translation>
    </message>
    <message>
        <source>Invoice finalized</source>
        <translation>인보이스 확정</translation>
    </message>
    <message>
        <source>Invoice paid</source>
        <translation>인보이스 결제 완료</translation>
    </message>
    <message>
        <source>Invoice voided</source>
        <translation>인보이스 무효 처리</translation>
    </message>
    <message>
        <source>Invoice written off</source>
        <translation>인보이스 대손 처리</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불됨</translation>
    </message>
    <message>
        <source>Declined; no reason given.</source>
        <translation>거절됨. 사유가 제공되지 않았습니다.</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>요청: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>메모: %1</translation>
    </message>
    <message>
        <source>Still ahead</source>
        <translation>예정</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Amount, reason</source>
        <translation>금액, 사유</translation>
    </message>
    <message>
        <source>By kpadmin</source>
        <translation>kpadmin 작업</translation>
    </message>
    <message>
        <source>Select a row to see its history.</source>
        <translation>행을 선택하면 그 이력이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>이력을 불러오는 중…</translation>
    </message>
    <message>
        <source>Stripe keeps events for 30 days: older plan changes, pauses and removed wallets are not listed.</source>
        <translation>Stripe는 이벤트를 30일 동안 보관합니다. 그보다 오래된 요금제 변경, 일시 중지, 삭제된 지갑은 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>There is more than kpadmin reads at once: the oldest parts are not listed.</source>
        <translation>kpadmin이 한 번에 읽는 것보다 많아 가장 오래된 부분은 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>Nothing has happened yet</source>
        <translation>아직 아무 일도 없습니다</translation>
    </message>
</context>
<context>
    <name>SubscriptionDetail</name>
    <message>
        <source>Subscription details</source>
        <translation>구독 세부 정보</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Amount per period</source>
        <translation>기간당 금액</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>현재 기간</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>체험</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>수금</translation>
    </message>
    <message>
        <source>Default payment method</source>
        <translation>기본 결제 수단</translation>
    </message>
    <message>
        <source>Latest invoice</source>
        <translation>최근 인보이스</translation>
    </message>
    <message>
        <source>Invoice payment</source>
        <translation>인보이스 결제</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일</translation>
    </message>
    <message>
        <source>Subscription items</source>
        <translation>구독 항목</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>요금제</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Select a subscription to see its details.</source>
        <translation>구독을 선택하면 세부 정보가 표시됩니다.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>변동</translation>
    </message>
    <message>
        <source>No trial</source>
        <translation>체험 없음</translation>
    </message>
    <message>
        <source>Trial until %1</source>
        <translation>%1까지 체험</translation>
    </message>
    <message>
        <source>Trial ended %1</source>
        <translation>%1에 체험 종료</translation>
    </message>
    <message>
        <source>Canceled on %1</source>
        <translation>%1에 취소됨</translation>
    </message>
    <message>
        <source>Cancels at the end of the period (%1)</source>
        <translation>기간 종료 시 취소(%1)</translation>
    </message>
    <message>
        <source>Cancels on %1</source>
        <translation>%1에 취소 예정</translation>
    </message>
    <message>
        <source>Renews automatically</source>
        <translation>자동 갱신</translation>
    </message>
    <message>
        <source>Collecting payments</source>
        <translation>수금 중</translation>
    </message>
    <message>
        <source>Paused: invoices are voided</source>
        <translation>일시 중지: 인보이스 무효 처리</translation>
    </message>
    <message>
        <source>Paused: invoices stay drafts</source>
        <translation>일시 중지: 인보이스 초안 유지</translation>
    </message>
    <message>
        <source>Paused: invoices are marked uncollectible</source>
        <translation>일시 중지: 인보이스 회수 불가 처리</translation>
    </message>
    <message>
        <source>None set (the customer&apos;s default is used)</source>
        <translation>설정 안 됨 (고객 기본값 사용)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>결제 완료 %1</translation>
    </message>
    <message>
        <source>%1 due · %2</source>
        <translation>%1 미결제 · %2</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 미결제</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>요금제</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>기간 종료</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>외 %1개</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>변동</translation>
    </message>
</context>
<context>
    <name>SubscriptionsTab</name>
    <message>
        <source>No subscriptions match these filters.</source>
        <translation>이 필터와 일치하는 구독이 없습니다.</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>상태 필터</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>모든 고객</translation>
    </message>
    <message>
        <source>Customer filter</source>
        <translation>고객 필터</translation>
    </message>
    <message>
        <source>Customer name or cus_…</source>
        <translation>고객 이름 또는 cus_…</translation>
    </message>
    <message>
        <source>Any price</source>
        <translation>모든 가격</translation>
    </message>
    <message>
        <source>Price filter</source>
        <translation>가격 필터</translation>
    </message>
    <message>
        <source>Product name or price_…</source>
        <translation>상품 이름 또는 price_…</translation>
    </message>
    <message>
        <source>New subscription…</source>
        <translation>새 구독…</translation>
    </message>
    <message>
        <source>Resume payment…</source>
        <translation>결제 다시 요청…</translation>
    </message>
    <message>
        <source>Ask the customer to approve the first payment in Kakao Pay</source>
        <translation>카카오페이에서 첫 결제를 승인하도록 고객에게 요청합니다</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>고객 지원</translation>
    </message>
    <message>
        <source>This subscription&apos;s first payment no longer needs the customer.</source>
        <translation>이 구독의 첫 결제에는 더 이상 고객 조치가 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>Subscription of %1 updated.</source>
        <translation>%1의 구독을 변경했습니다.</translation>
    </message>
</context>
<context>
    <name>SupportActions</name>
    <message>
        <source>Cancel…</source>
        <translation>구독 취소…</translation>
    </message>
    <message>
        <source>Pause payments…</source>
        <translation>결제 일시 중지…</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>요금제 변경…</translation>
    </message>
    <message>
        <source>Trial…</source>
        <translation>체험 기간…</translation>
    </message>
    <message>
        <source>Payment method…</source>
        <translation>결제 수단…</translation>
    </message>
    <message>
        <source>Failed payment…</source>
        <translation>결제 실패…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>환불…</translation>
    </message>
    <message>
        <source>Invoices…</source>
        <translation>인보이스…</translation>
    </message>
    <message>
        <source>Resume payments…</source>
        <translation>결제 재개…</translation>
    </message>
    <message>
        <source>Cancellation…</source>
        <translation>취소 예약…</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Complete the form first.</source>
        <translation>먼저 양식을 작성하세요.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>TermsView</name>
    <message>
        <source>Terms shown in:</source>
        <translation>약관 표시 언어:</translation>
    </message>
    <message>
        <source>Language of the terms</source>
        <translation>약관 언어</translation>
    </message>
</context>
<context>
    <name>TrialDialog</name>
    <message>
        <source>Trial</source>
        <translation>체험 기간</translation>
    </message>
    <message>
        <source>The trial runs until %1.</source>
        <translation>체험 기간은 %1까지입니다.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>End the trial now</source>
        <translation>지금 체험 종료</translation>
    </message>
    <message>
        <source>Extend the trial to</source>
        <translation>체험 연장:</translation>
    </message>
    <message>
        <source>New trial end</source>
        <translation>새 체험 종료일</translation>
    </message>
    <message>
        <source>Choose a date after the current end of the trial.</source>
        <translation>현재 체험 종료일 이후 날짜를 선택하세요.</translation>
    </message>
    <message>
        <source>the plan&apos;s price</source>
        <translation>요금제 가격</translation>
    </message>
    <message>
        <source>The trial ends now: the first paid period starts today and %1 is charged to the customer&apos;s payment method.</source>
        <translation>체험이 지금 종료됩니다. 오늘 첫 유료 기간이 시작되며 고객의 결제 수단으로 %1이(가) 청구됩니다.</translation>
    </message>
    <message>
        <source>The trial lasts until %1. Nothing is charged until then.</source>
        <translation>체험은 %1까지입니다. 그때까지는 청구되지 않습니다.</translation>
    </message>
    <message>
        <source>The trial now ends on %1.</source>
        <translation>이제 체험이 %1에 종료됩니다.</translation>
    </message>
    <message>
        <source>The trial has ended (status: %1); invoice %2 is %3.</source>
        <translation>체험이 종료되었습니다(상태: %1). 인보이스 %2: %3.</translation>
    </message>
    <message>
        <source>The trial has ended (status: %1).</source>
        <translation>체험이 종료되었습니다(상태: %1).</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This is too long: at most %1 characters.</source>
        <translation>너무 깁니다. 최대 %1자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>This contains an invisible control character (pasted text?); remove it.</source>
        <translation>보이지 않는 제어 문자가 들어 있습니다(붙여 넣은 텍스트인가요?). 삭제하세요.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>올바른 이메일 주소가 아닌 것 같습니다.</translation>
    </message>
    <message>
        <source>A tax code looks like txcd_10000000 (leave empty for the account default).</source>
        <translation>세금 코드는 txcd_10000000 형식입니다(계정 기본값을 쓰려면 비워 두세요).</translation>
    </message>
    <message>
        <source>A free trial lasts 1 to 730 days.</source>
        <translation>무료 체험 기간은 1~730일입니다.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to kpadmin</source>
        <translation>kpadmin에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Manage Stripe Billing subscriptions paid with Kakao Pay. Connect your Stripe account, or look around in a demo shop that runs on this computer.</source>
        <translation>카카오페이로 결제되는 Stripe Billing 구독을 관리합니다. Stripe 계정을 연결하거나, 이 컴퓨터에서 실행되는 데모 상점을 둘러보세요.</translation>
    </message>
    <message>
        <source>Connect a Stripe account</source>
        <translation>Stripe 계정 연결</translation>
    </message>
    <message>
        <source>Paste a secret key or a restricted key from the Stripe Dashboard (Developers → API keys). It is checked with Stripe, then kept in your computer&apos;s keychain only.</source>
        <translation>Stripe 대시보드(개발자 → API 키)에서 비밀 키나 제한된 키를 복사해 붙여 넣으세요. 키는 Stripe에서 확인한 뒤 이 컴퓨터의 키체인에만 보관됩니다.</translation>
    </message>
    <message>
        <source>Try the demo sandbox</source>
        <translation>데모 샌드박스 체험</translation>
    </message>
    <message>
        <source>A pretend shop with products, customers and subscriptions. Nothing leaves this computer and no money moves.</source>
        <translation>상품, 고객, 구독이 갖춰진 가상 상점입니다. 어떤 데이터도 이 컴퓨터 밖으로 나가지 않으며 돈도 오가지 않습니다.</translation>
    </message>
    <message>
        <source>The demo shop resets when kpadmin closes: try anything, it starts afresh next time.</source>
        <translation>데모 상점은 kpadmin을 닫으면 초기화됩니다. 마음껏 시도해 보세요. 다음에는 처음 상태로 시작합니다.</translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation>데모 상점 열기</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>데모 샌드박스를 시작하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>confirm_live</name>
    <message>
        <source>LIVE account</source>
        <translation>LIVE 계정</translation>
    </message>
    <message>
        <source>This is a LIVE Stripe account: real customers and real money.</source>
        <translation>LIVE Stripe 계정입니다. 실제 고객과 실제 돈이 오갑니다.</translation>
    </message>
    <message>
        <source>Yes, do it in LIVE</source>
        <translation>예, LIVE에서 실행합니다</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Stripe did not accept this API key. Check it or connect the account again.</source>
        <translation>Stripe가 이 API 키를 받아들이지 않았습니다. 키를 확인하거나 계정을 다시 연결하세요.</translation>
    </message>
    <message>
        <source>This key is not allowed to do that. A restricted key needs more permissions.</source>
        <translation>이 키로는 이 작업을 할 수 없습니다. 제한된 키에 권한을 추가해야 합니다.</translation>
    </message>
    <message>
        <source>Stripe refused the request.</source>
        <translation>Stripe가 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>Stripe could not find this object. It may have been deleted.</source>
        <translation>Stripe에서 이 객체를 찾을 수 없습니다. 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The payment was declined.</source>
        <translation>결제가 거절되었습니다.</translation>
    </message>
    <message>
        <source>Too many requests to Stripe right now. Wait a moment and try again.</source>
        <translation>지금 Stripe에 요청이 너무 많습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>This action was already sent with different details. Close the dialog and start again.</source>
        <translation>이 작업은 이미 다른 내용으로 전송되었습니다. 창을 닫고 처음부터 다시 하세요.</translation>
    </message>
    <message>
        <source>Could not reach Stripe. Check the internet connection and try again.</source>
        <translation>Stripe에 연결할 수 없습니다. 인터넷 연결을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Stripe had a problem answering. Try again in a moment.</source>
        <translation>Stripe 응답 중 문제가 발생했습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>문제가 발생했습니다.</translation>
    </message>
    <message>
        <source>This change may have been saved. Refresh to check before trying again.</source>
        <translation>변경 사항이 저장되었을 수 있습니다. 다시 시도하기 전에 새로 고침하여 확인하세요.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>요청 ID: %1</translation>
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <source>Select a subscription first.</source>
        <translation>먼저 구독을 선택하세요.</translation>
    </message>
    <message>
        <source>This subscription has ended; it can no longer be changed.</source>
        <translation>종료된 구독이라 더 이상 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was ever paid on this subscription, so there is nothing to refund.</source>
        <translation>이 구독에는 결제된 적이 없어 환불할 금액이 없습니다.</translation>
    </message>
    <message>
        <source>The first payment has not been made yet: use “Resume payment” or cancel it.</source>
        <translation>아직 첫 결제가 이루어지지 않았습니다. “결제 다시 요청”을 사용하거나 구독을 취소하세요.</translation>
    </message>
    <message>
        <source>The subscription is paused: resume it before changing its plan.</source>
        <translation>구독이 일시 중지되었습니다. 요금제를 변경하기 전에 재개하세요.</translation>
    </message>
    <message>
        <source>This subscription has several items; change them in the Stripe Dashboard.</source>
        <translation>이 구독에는 항목이 여러 개 있습니다. Stripe 대시보드에서 변경하세요.</translation>
    </message>
    <message>
        <source>This subscription is not in a trial.</source>
        <translation>이 구독은 체험 중이 아닙니다.</translation>
    </message>
    <message>
        <source>The latest invoice is not open: there is no failed payment to retry or write off.</source>
        <translation>최근 인보이스가 결제 대기 상태가 아니므로 재시도하거나 대손 처리할 실패 결제가 없습니다.</translation>
    </message>
    <message>
        <source>This is the first payment: use “Resume payment” so the customer approves it.</source>
        <translation>첫 결제입니다. 고객이 승인할 수 있도록 “결제 다시 요청”을 사용하세요.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>밝히지 않음</translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>너무 비쌈</translation>
    </message>
    <message>
        <source>Not using it</source>
        <translation>사용하지 않음</translation>
    </message>
    <message>
        <source>Missing features</source>
        <translation>기능 부족</translation>
    </message>
    <message>
        <source>Switched to another service</source>
        <translation>다른 서비스로 전환</translation>
    </message>
    <message>
        <source>Quality was too low</source>
        <translation>품질 불만족</translation>
    </message>
    <message>
        <source>Too complex</source>
        <translation>너무 복잡함</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>고객 서비스 불만</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>기타 사유</translation>
    </message>
    <message>
        <source>Prorate on the next invoice</source>
        <translation>다음 인보이스에 비례 배분</translation>
    </message>
    <message>
        <source>Prorate and invoice now</source>
        <translation>비례 배분 후 지금 청구</translation>
    </message>
    <message>
        <source>No proration (new price from the next period)</source>
        <translation>비례 배분 안 함 (다음 기간부터 새 가격)</translation>
    </message>
    <message>
        <source>The difference for the rest of this period is added to the next invoice.</source>
        <translation>이번 기간 남은 일수의 차액이 다음 인보이스에 추가됩니다.</translation>
    </message>
    <message>
        <source>The difference for the rest of this period is invoiced and charged now.</source>
        <translation>이번 기간 남은 일수의 차액이 지금 청구되고 결제됩니다.</translation>
    </message>
    <message>
        <source>Nothing is charged or credited for this period; the new price applies from the next renewal.</source>
        <translation>이번 기간에는 청구나 크레딧이 없습니다. 새 가격은 다음 갱신부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Void the invoices (the customer owes nothing for the pause)</source>
        <translation>인보이스 무효 처리 (일시 중지 기간에 고객이 지불할 금액 없음)</translation>
    </message>
    <message>
        <source>Keep the invoices as drafts (collect later)</source>
        <translation>인보이스를 초안으로 유지 (나중에 회수)</translation>
    </message>
    <message>
        <source>Mark the invoices uncollectible (owed, not charged)</source>
        <translation>인보이스를 회수 불가로 표시 (미수금으로 남고 청구되지 않음)</translation>
    </message>
    <message>
        <source>Requested by the customer</source>
        <translation>고객 요청</translation>
    </message>
    <message>
        <source>Duplicate payment</source>
        <translation>중복 결제</translation>
    </message>
    <message>
        <source>Fraudulent</source>
        <translation>사기 거래</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>사유 없음</translation>
    </message>
</context>
</TS>
