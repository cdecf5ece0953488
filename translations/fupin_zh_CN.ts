<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessGate</name>
    <message>
        <source>This program was built without the county&apos;s access rules, so it may not read or change records.</source>
        <translation>本程序构建时没有包含县里的权限规则，因此不能读取或修改记录。</translation>
    </message>
</context>
<context>
    <name>AccessPolicy</name>
    <message>
        <source>change households and their members</source>
        <translation>修改农户及其家庭成员</translation>
    </message>
    <message>
        <source>change pairings, assistance measures and visits</source>
        <translation>修改结对帮扶、帮扶措施和走访记录</translation>
    </message>
    <message>
        <source>propose a household&apos;s exit</source>
        <translation>提出农户拟退出</translation>
    </message>
    <message>
        <source>announce an exit publicly</source>
        <translation>进行脱贫公示</translation>
    </message>
    <message>
        <source>change assistance units, cadres, work teams, projects and funds</source>
        <translation>修改帮扶单位、帮扶干部、驻村工作队、项目和资金</translation>
    </message>
    <message>
        <source>change the county&apos;s settings and divisions</source>
        <translation>修改县设置和行政区划</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <source>Nobody has signed in to %1: sign in before making changes.</source>
        <translation>尚无人登录 %1：请先登录再修改。</translation>
    </message>
    <message>
        <source>The account %1 has been deactivated and may not change anything.</source>
        <translation>账号 %1 已停用，不能修改任何内容。</translation>
    </message>
    <message>
        <source>%1 is %2 and may not %3.</source>
        <translation>%1 的角色是“%2”，不能%3。</translation>
    </message>
    <message>
        <source>the whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>%1 may %2 only in %3; this is in %4.</source>
        <translation>%1 只能在%3范围内%2；此项属于%4。</translation>
    </message>
    <message>
        <source>no division</source>
        <translation>（未指定区划）</translation>
    </message>
    <message>
        <source>The account %1 no longer exists in %2.</source>
        <translation>%2 中已没有账号 %1。</translation>
    </message>
    <message>
        <source>Nobody has signed in to %1: sign in before reading its households.</source>
        <translation>尚无人登录%1：请先登录再查看其农户。</translation>
    </message>
    <message>
        <source>The account %1 has been deactivated and may not read anything.</source>
        <translation>账号%1已停用，不能查看任何数据。</translation>
    </message>
    <message>
        <source>%1 %2 may read the households of %3 only; %4 is outside.</source>
        <translation>%1 %2只能查看%3的农户；%4不在其范围内。</translation>
    </message>
    <message>
        <source>The divisions of %1 could not be read.</source>
        <translation>无法读取%1的行政区划。</translation>
    </message>
    <message>
        <source>back up the whole county</source>
        <translation>备份全县数据</translation>
    </message>
    <message>
        <source>restore the county from a backup</source>
        <translation>用备份恢复县数据文件</translation>
    </message>
    <message>
        <source>approve identification, exit, relapse, monitoring, risk elimination and attribute changes</source>
        <translation>审定识别、脱贫、返贫、纳入监测、风险消除和户属性变更</translation>
    </message>
    <message>
        <source>set annual goals and timetables</source>
        <translation>设置年度目标和时间表</translation>
    </message>
    <message>
        <source>change the poverty line and the monitoring threshold</source>
        <translation>修改贫困线和监测标准</translation>
    </message>
    <message>
        <source>There is no division %1 in %2.</source>
        <translation>%2 中没有编号为 %1 的区划。</translation>
    </message>
    <message>
        <source>Goals are set for the county, its townships and villages, not for a villager group such as %1.</source>
        <translation>目标只为县、乡镇和行政村设置，不为%1这样的村民小组设置。</translation>
    </message>
    <message>
        <source>%1 is %2 and sets the goals of the county and its townships; the goal of the village %3 is set by its township&apos;s staff.</source>
        <translation>%1是%2，负责设置县和各乡镇的目标；%3的目标由所属乡镇的工作人员设置。</translation>
    </message>
    <message>
        <source>%1 is %2 and sets the goals of the villages of its townships; the goal of %3 is set by the county.</source>
        <translation>%1是%2，负责设置本乡镇各村的目标；%3的目标由县里设置。</translation>
    </message>
    <message>
        <source>print households&apos; cards</source>
        <translation>打印农户的明白卡</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Role and Divisions of %1</source>
        <translation>%1 的角色和负责区划</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Works in:</source>
        <translation>负责区划(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Works in</source>
        <translation>负责区划</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Enter a login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>A login has at most %1 characters.</source>
        <translation>登录名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A login may not contain spaces or invisible characters.</source>
        <translation>登录名不能包含空格或不可见字符。</translation>
    </message>
    <message>
        <source>A password has at least %1 characters (or none, for a one-person office).</source>
        <translation>密码至少 %1 个字符（一人办公时也可不设密码）。</translation>
    </message>
    <message>
        <source>A %1 works in the whole county and has no divisions of its own.</source>
        <translation>“%1”在全县范围工作，不单独指定负责区划。</translation>
    </message>
    <message>
        <source>A %1 needs the divisions it works in.</source>
        <translation>“%1”需要指定负责的区划。</translation>
    </message>
    <message>
        <source>There is no division %1 in this county.</source>
        <translation>本县没有区划 %1。</translation>
    </message>
    <message>
        <source>%1 is not a township: a township account works in townships.</source>
        <translation>%1 不是乡镇：乡镇账号只能负责乡镇。</translation>
    </message>
    <message>
        <source>%1 is not a village: a village account works in villages.</source>
        <translation>%1 不是行政村：村级账号只能负责行政村。</translation>
    </message>
    <message>
        <source>There is already an account %1.</source>
        <translation>已有账号 %1。</translation>
    </message>
    <message>
        <source>The administrator %1 could not be created in %2.</source>
        <translation>无法在 %2 中创建管理员 %1。</translation>
    </message>
    <message>
        <source>There is no account %1 in %2.</source>
        <translation>%2 中没有账号 %1。</translation>
    </message>
    <message>
        <source>%1 is the county&apos;s only administrator; make another account administrator first.</source>
        <translation>%1 是本县唯一的管理员；请先把另一个账号设为管理员。</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>You cannot deactivate the account you are working as.</source>
        <translation>不能停用您当前正在使用的账号。</translation>
    </message>
    <message>
        <source>%1 is the county&apos;s only administrator and cannot be deactivated.</source>
        <translation>%1 是本县唯一的管理员，不能停用。</translation>
    </message>
    <message>
        <source>The county in %1 already has accounts: a first administrator is made only for a new county. Ask its administrator to add yours.</source>
        <translation>%1 中的县已有账号：只有新建的县才能创建第一个管理员。请让该县的管理员为您添加账号。</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>&amp;Add Account...</source>
        <translation>添加账号(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Role and Divisions...</source>
        <translation>角色和负责区划(&amp;R)...</translation>
    </message>
    <message>
        <source>Set &amp;Password...</source>
        <translation>重设密码(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation>空闲锁定时间(&amp;L)：</translation>
    </message>
    <message>
        <source>The idle lock was saved.</source>
        <translation>空闲锁定设置已保存。</translation>
    </message>
    <message>
        <source>Accounts are deactivated, never deleted: the change history names who made each change. A password guards against mistakes on a shared PC, not against someone who copies the county file.</source>
        <translation>账号只能停用，不能删除：修改历史要记明每次修改的操作人。密码用于防止共用电脑上的误操作，不能防止他人复制县数据库文件。</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;D)</translation>
    </message>
    <message>
        <source>Added the account %1.</source>
        <translation>已添加账号 %1。</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The same password once more:</source>
        <translation>请再输入一次密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; the password was not changed.</source>
        <translation>两次输入的密码不一致，密码未修改。</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>Deactivate Account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Deactivate %1? The account can no longer sign in; the change history keeps its name.</source>
        <translation>停用 %1 吗？停用后该账号不能再登录；修改历史中仍保留其姓名。</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the one character on the accounts area&apos;s icon</comment>
        <translation>账</translation>
    </message>
</context>
<context>
    <name>ActionGate</name>
    <message>
        <source>Open a county first.</source>
        <translation>请先打开一个县数据库。</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing in it can be changed.</source>
        <translation>%1 以只读方式打开，其中的内容不能修改。</translation>
    </message>
</context>
<context>
    <name>AdministratorFields</name>
    <message>
        <source>Administrator &amp;login:</source>
        <translation>管理员登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Administrator&apos;s full na&amp;me:</source>
        <translation>管理员姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Confirm pa&amp;ssword:</source>
        <translation>确认密码(&amp;S)：</translation>
    </message>
    <message>
        <source>The county administrator signs in with this name and creates the other accounts.</source>
        <translation>县级管理员用此登录名登录，并为其他人员创建账号。</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s login, e.g. admin.</source>
        <translation>请输入管理员登录名，例如 admin。</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>请输入管理员姓名。</translation>
    </message>
    <message>
        <source>Choose the administrator&apos;s password.</source>
        <translation>请设置管理员密码。</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>AmountBounds</name>
    <message>
        <source>fund receipt</source>
        <translation>资金到位</translation>
    </message>
    <message>
        <source>fund allocation</source>
        <translation>资金拨付</translation>
    </message>
    <message>
        <source>fund payment</source>
        <translation>资金支付</translation>
    </message>
    <message>
        <source>microcredit loan</source>
        <translation>小额信贷</translation>
    </message>
    <message>
        <source>loan repayment or subsidy</source>
        <translation>贷款还款或贴息</translation>
    </message>
    <message>
        <source>policy benefit</source>
        <translation>政策享受</translation>
    </message>
    <message>
        <source>project budget</source>
        <translation>项目预算</translation>
    </message>
    <message>
        <source>project contract</source>
        <translation>项目合同</translation>
    </message>
    <message>
        <source>The %1 %2 (table %3, row %2) holds an amount of %4 fen, outside what any amount may be (at most %5 yuan either way): the file was changed outside Fupin. Restore a backup, or have that row corrected.</source>
        <translation>%1 %2（表 %3，第 %2 行）的金额为 %4 分，超出任何金额的范围（正负最多 %5 元）：文件曾在扶贫系统之外被修改。请恢复备份，或请人更正该行。</translation>
    </message>
</context>
<context>
    <name>AssessCommands</name>
    <message>
        <source>  assess --db FILE --year Y [--division CODE] [--kind exit|elimination] [--json]
                                                    exit assessment or risk elimination of every household</source>
        <translation>  assess --db FILE --year Y [--division CODE] [--kind exit|elimination] [--json]
                                                    每户的脱贫退出评估或风险消除评估</translation>
    </message>
    <message>
        <source>The year assessed, as its status history stood then.</source>
        <translation>评估的年份，按当时的状态历史。</translation>
    </message>
    <message>
        <source>The code of the township, village or group (default: the county).</source>
        <translation>乡镇、村或村民小组的代码（默认：全县）。</translation>
    </message>
    <message>
        <source>exit (households not yet out of poverty) or elimination (monitored households); default exit.</source>
        <translation>exit（未脱贫户）或 elimination（监测户）；默认 exit。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>以 JSON 代替文本输出。</translation>
    </message>
    <message>
        <source>Give the year to assess with --year Y.</source>
        <translation>请用 --year Y 给出要评估的年份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of assessment; give --kind exit or elimination.</source>
        <translation>“%1”不是评估类型；请给出 --kind exit 或 elimination。</translation>
    </message>
    <message>
        <source>meets every condition</source>
        <translation>达到全部条件</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %3 (judged on %4): %n household(s) assessed</source>
        <translation>
            <numerusform>%1，%2，%3 年（按 %4 评判）：评估 %n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meet every condition.</source>
        <translation>
            <numerusform>%n 户达到全部条件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) not met</source>
        <translation>
            <numerusform>%n 户未达到</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentModel</name>
    <message>
        <source>Met</source>
        <translation>达到</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Unmet conditions</source>
        <translation>未达到的条件</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>&amp;Assess:</source>
        <translation>评估(&amp;A)：</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>&amp;Run assessment</source>
        <translation>开始评估(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <source>Assessment progress</source>
        <translation>评估进度</translation>
    </message>
    <message>
        <source>Households assessed</source>
        <translation>已评估农户</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S)：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Division: %1</source>
        <translation>区划：%1</translation>
    </message>
    <message>
        <source>the county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>Assessing %1…</source>
        <translation>正在评估 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The assessment was cancelled; no households are shown.</source>
        <translation>评估已取消，不显示农户。</translation>
    </message>
    <message>
        <source>The assessment failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2, %3 (judged on %4): %n household(s) assessed</source>
        <translation>
            <numerusform>%1，%2，%3 年（按 %4 评判）：评估 %n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n meet every condition.</source>
        <translation>
            <numerusform>，其中 %n 户达到全部条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not met: %1.</source>
        <translation>未达到：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Meets every condition of exit (assessed %1).</source>
        <translation>达到全部脱贫退出条件（%1 评估）。</translation>
    </message>
    <message>
        <source>Meets every condition of risk elimination (assessed %1).</source>
        <translation>达到全部风险消除条件（%1 评估）。</translation>
    </message>
    <message>
        <source>Households are proposed from the current year&apos;s assessment.</source>
        <translation>只能从本年度的评估中提议农户。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>等共 %n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected household(s) do not meet every condition and cannot be proposed: %1.</source>
        <translation>
            <numerusform>所选农户中有 %n 户未达到全部条件，不能提议：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The exit of %n household(s) was proposed.</source>
        <translation>
            <numerusform>已提议 %n 户退出。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Propose...</source>
        <translation>提议(&amp;P)…</translation>
    </message>
    <message>
        <source>Propose the exit of the selected households</source>
        <translation>提议所选农户脱贫退出</translation>
    </message>
    <message>
        <source>Propose the risk elimination of the selected households</source>
        <translation>提议所选农户风险消除</translation>
    </message>
    <message numerus="yes">
        <source>Propose the exit of %n household(s) today? Their public notice can start together.</source>
        <translation>
            <numerusform>今天提议 %n 户脱贫退出？其公示可以同时开始。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Propose the risk elimination of %n household(s) today? The county then decides on each.</source>
        <translation>
            <numerusform>今天提议 %n 户风险消除？之后由县级逐户审定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message numerus="yes">
        <source>The risk elimination of %n household(s) was proposed.</source>
        <translation>
            <numerusform>已提议 %n 户风险消除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistanceForces</name>
    <message>
        <source>The unit %1 is in use by cadres, work teams, measures, projects or funds, so it cannot be deleted. Mark it inactive instead.</source>
        <translation>帮扶单位“%1”已被干部、工作队、帮扶措施、项目或资金使用，不能删除，只能标记为停用。</translation>
    </message>
    <message>
        <source>A cadre of rank %1 must be allowed at least one household.</source>
        <translation>职级为 %1 的干部至少可以联系 1 户。</translation>
    </message>
    <message>
        <source>The rank %1 is not one of the county&apos;s ranks.</source>
        <translation>职级“%1”不在本县的职级表中。</translation>
    </message>
    <message>
        <source>The cap of rank %1 could not be saved in %2.</source>
        <translation>未能在 %2 中保存职级 %1 的联系户数上限。</translation>
    </message>
    <message>
        <source>There is no cadre %1 in the county.</source>
        <translation>本县没有编号为 %1 的干部。</translation>
    </message>
    <message>
        <source>Choose the households to pair.</source>
        <translation>请选择要结对的农户。</translation>
    </message>
    <message>
        <source>Give the date the pairing starts.</source>
        <translation>请填写结对开始日期。</translation>
    </message>
    <message>
        <source>A pairing cannot start in the future (%1).</source>
        <translation>结对开始日期不能晚于今天（%1）。</translation>
    </message>
    <message>
        <source>The cadre %1 (%2) may hold %3 households and holds %4; pairing %5 more goes over the cap. Give a reason to go over it.</source>
        <translation>干部 %1（%2）最多联系 %3 户，现已联系 %4 户；再结对 %5 户将超过上限。如确需超出，请填写原因。</translation>
    </message>
    <message>
        <source>The current pairing of household %1 started on %2, after %3.</source>
        <translation>农户 %1 的当前结对从 %2 开始，晚于 %3。</translation>
    </message>
    <message>
        <source>There is no visit %1 in the county.</source>
        <translation>本县没有编号为 %1 的走访记录。</translation>
    </message>
</context>
<context>
    <name>AssistanceSection</name>
    <message>
        <source>Assistance measures, responsible cadres and visits</source>
        <translation>帮扶措施、帮扶责任人和走访记录</translation>
    </message>
    <message>
        <source>Assistance measures</source>
        <translation>帮扶措施</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Responsible cadres</source>
        <translation>帮扶责任人</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Responsible cadres (the current one first)</source>
        <translation>帮扶责任人（现任在前）</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>帮扶成效</translation>
    </message>
    <message>
        <source>Reason over the cap</source>
        <translation>超出上限原因</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Choose or change the cadre…</source>
        <translation>选择或更换帮扶责任人…</translation>
    </message>
    <message>
        <source>Add a measure…</source>
        <translation>新增帮扶措施…</translation>
    </message>
    <message>
        <source>Change the measure…</source>
        <translation>修改帮扶措施…</translation>
    </message>
    <message>
        <source>Delete the measure…</source>
        <translation>删除帮扶措施…</translation>
    </message>
    <message>
        <source>Log a visit…</source>
        <translation>登记走访…</translation>
    </message>
    <message>
        <source>Delete the measure</source>
        <translation>删除帮扶措施</translation>
    </message>
    <message>
        <source>&amp;Why is the measure deleted?</source>
        <translation>删除原因(&amp;W)：</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>The household has no responsible cadre yet. Choose one first.</source>
        <translation>该户还没有帮扶责任人，请先选择帮扶责任人。</translation>
    </message>
    <message>
        <source>Open the visit…</source>
        <translation>打开走访记录…</translation>
    </message>
    <message>
        <source>Enter or a double-click on a visit does the same</source>
        <translation>在走访记录上按回车或双击也可打开</translation>
    </message>
    <message>
        <source>Save the household first to record its assistance.</source>
        <translation>请先保存该户，再记录帮扶情况。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 income</source>
        <translation>%1 年收入</translation>
    </message>
    <message>
        <source>%1 living conditions</source>
        <translation>%1 年生产生活条件</translation>
    </message>
    <message>
        <source>The field %1 of %2 no longer exists, so the change cannot be reverted.</source>
        <translation>%2 的字段 %1 已不存在，无法撤回此修改。</translation>
    </message>
    <message>
        <source>The field %1 of %2 has been changed again since: it is now &quot;%3&quot;, not &quot;%4&quot;. Revert the later change first.</source>
        <translation>%2 的字段 %1 此后又被修改过：现在是“%3”，而不是“%4”。请先撤回之后的修改。</translation>
    </message>
    <message>
        <source>Household %1 does not exist.</source>
        <translation>农户 %1 不存在。</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>农户 %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Risk types</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <source>Change %1 is not in the audit log.</source>
        <translation>修改记录 %1 不在修改日志中。</translation>
    </message>
    <message>
        <source>Only a saved change to a field of a household, member, income or living-conditions record can be reverted; change %1 records a %2 of %3.</source>
        <translation>只能撤回已保存的、对农户、成员、收入或生产生活条件记录中某个字段的修改；修改记录 %1 是对 %3 的 %2 操作。</translation>
    </message>
    <message>
        <source>The status and the monitoring category change only through the status procedure, which keeps their history. Record the step that applies (for example a relapse) instead of reverting.</source>
        <translation>状态和监测类别只能通过状态流程变更，以保留其历史记录。请登记相应的步骤（例如返贫），而不要撤回。</translation>
    </message>
    <message>
        <source>The record this change belongs to no longer exists, so the change cannot be reverted.</source>
        <translation>此修改所属的记录已不存在，无法撤回。</translation>
    </message>
    <message>
        <source>household %1</source>
        <translation>农户 %1</translation>
    </message>
    <message>
        <source>The member this change belongs to no longer exists.</source>
        <translation>此修改所属的成员已不存在。</translation>
    </message>
    <message>
        <source>The position of %1 has been changed again since: it is now %2, not %3. Revert the later change first.</source>
        <translation>%1 的排列位置此后又被修改过：现在是 %2，而不是 %3。请先撤回之后的修改。</translation>
    </message>
    <message>
        <source>The income record this change belongs to no longer exists.</source>
        <translation>此修改所属的收入记录已不存在。</translation>
    </message>
    <message>
        <source>The living-conditions record this change belongs to no longer exists.</source>
        <translation>此修改所属的生产生活条件记录已不存在。</translation>
    </message>
    <message>
        <source>The change could not be reverted: %1</source>
        <translation>无法撤回此修改：%1</translation>
    </message>
    <message>
        <source>Removed record</source>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back Up...</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup...</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>Back Up the County to a Folder</source>
        <translation>将县数据备份到文件夹</translation>
    </message>
    <message>
        <source>Backing up the county...</source>
        <translation>正在备份县数据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The county %1 was backed up to
%2
(%3).</source>
        <translation>%1 的县数据已备份到
%2
（%3）。</translation>
    </message>
    <message>
        <source>Restore the County from a Backup</source>
        <translation>从备份恢复县数据</translation>
    </message>
    <message>
        <source>County files (*.fupin);;All files (*)</source>
        <translation>县数据文件 (*.fupin);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>此备份不能用于恢复：%1</translation>
    </message>
    <message numerus="yes">
        <source>Replace the county file %1 with the backup %2?

The backup holds %3 (%4) with %n household(s). Everything entered since the backup was made will be gone from the county file; the file as it is now is kept beside it, renamed with today&apos;s date and time.</source>
        <translation>
            <numerusform>用备份 %2 替换县数据文件 %1 吗？

该备份中是%3（%4），共 %n 户。备份之后录入的所有内容都将从县数据文件中消失；当前的文件会以今天的日期和时间改名，保留在原文件旁边。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace with the Backup</source>
        <translation>用备份替换(&amp;R)</translation>
    </message>
    <message>
        <source>Restoring the county...</source>
        <translation>正在恢复县数据…</translation>
    </message>
    <message>
        <source>The county file %1 was restored from the backup. The file it replaced is kept as %2.</source>
        <translation>县数据文件 %1 已从备份恢复。被替换的文件保留为 %2。</translation>
    </message>
    <message>
        <source>Backing up the county before closing...</source>
        <translation>关闭前正在备份县数据…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Automatic Backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: %1</source>
        <translation>未能完成自动备份：%1</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>以 JSON 输出写入的内容。</translation>
    </message>
    <message>
        <source>  backup --db FILE --out FOLDER [--automatic N] [--json]
                                                    a checked backup of the county into a folder (administrators and county staff)
  restore --db FILE BACKUP [--json]                 replace the county file with a checked backup, keeping the file it replaces (administrators only)</source>
        <translation>  backup --db FILE --out FOLDER [--automatic N] [--json]
                                                    将县数据备份到文件夹（备份经过校验；限县级管理员和县扶贫办工作人员）
  restore --db FILE BACKUP [--json]                 用校验过的备份替换县数据文件，并保留被替换的文件（限县级管理员）</translation>
    </message>
    <message>
        <source>The folder the backup is written to.</source>
        <translation>备份写入的文件夹。</translation>
    </message>
    <message>
        <source>Set how many automatic backups Fupin keeps of this county when it closes (0: none; administrator).</source>
        <translation>设置关闭程序时为本县保留的自动备份份数（0：不自动备份；仅限管理员）。</translation>
    </message>
    <message>
        <source>--automatic takes a number from 0 (none) to %1.</source>
        <translation>--automatic 须为 0（不自动备份）到 %1 之间的数字。</translation>
    </message>
    <message>
        <source>Give the folder to write the backup to with --out FOLDER.</source>
        <translation>请用 --out FOLDER 指定备份写入的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Fupin now keeps %n automatic backup(s) of this county.</source>
        <translation>
            <numerusform>现在为本县保留 %n 份自动备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up %1 (%2) to %3 (%4 KB).</source>
        <translation>已将%1（%2）备份到 %3（%4 KB）。</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>要恢复的备份文件。</translation>
    </message>
    <message>
        <source>Give one backup file to restore: fupin-cli restore --db FILE BACKUP.</source>
        <translation>请指定一个要恢复的备份文件：fupin-cli restore --db FILE BACKUP。</translation>
    </message>
    <message>
        <source>Give the county file to restore with --db FILE.</source>
        <translation>请用 --db FILE 指定要恢复的县数据文件。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 from %2: %3 (%4), %n household(s).</source>
        <translation>
            <numerusform>已从 %2 恢复 %1：%3（%4），共 %n 户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>被替换的文件保留为 %1。</translation>
    </message>
</context>
<context>
    <name>BasicInfoSection</name>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>行政村(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>村民小组(&amp;G)：</translation>
    </message>
    <message>
        <source>Household &amp;code:</source>
        <translation>户编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>开户银行(&amp;B)：</translation>
    </message>
    <message>
        <source>Bank acco&amp;unt:</source>
        <translation>银行账号(&amp;U)：</translation>
    </message>
    <message>
        <source>A&amp;ttribute:</source>
        <translation>户属性(&amp;T)：</translation>
    </message>
    <message>
        <source>Identification &amp;standard:</source>
        <translation>识别标准(&amp;S)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未识别</translation>
    </message>
    <message>
        <source>&amp;Identified in:</source>
        <translation>识别年度(&amp;I)：</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>未计划</translation>
    </message>
    <message>
        <source>&amp;Planned exit:</source>
        <translation>计划脱贫年度(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Military or martyr family</source>
        <translation>军烈属(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Relocated household</source>
        <translation>易地扶贫搬迁户(&amp;R)</translation>
    </message>
    <message>
        <source>Joined a c&amp;ooperative</source>
        <translation>加入农民专业合作社(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Led by an enterprise</source>
        <translation>龙头企业带动(&amp;L)</translation>
    </message>
    <message>
        <source>Relocation &amp;mode:</source>
        <translation>搬迁方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Settl&amp;ement address:</source>
        <translation>安置地址(&amp;E)：</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>修改住址</translation>
    </message>
    <message>
        <source>, exited in %1</source>
        <translation>，%1 年脱贫</translation>
    </message>
    <message>
        <source>, monitored: %1</source>
        <translation>，监测类别：%1</translation>
    </message>
</context>
<context>
    <name>BeneficiaryDialog</name>
    <message>
        <source>Beneficiary households of %1</source>
        <translation>%1 的受益户</translation>
    </message>
    <message>
        <source>Name, ID number or household code</source>
        <translation>姓名、身份证号或户编号</translation>
    </message>
    <message>
        <source>&amp;Search the households of %1:</source>
        <translation>查找%1的农户(&amp;S)：</translation>
    </message>
    <message>
        <source>Households found</source>
        <translation>查到的农户</translation>
    </message>
    <message>
        <source>&amp;Beneficiaries (Delete removes):</source>
        <translation>受益户(&amp;B)（Delete 键移除）：</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>加入(&amp;A) →</translation>
    </message>
    <message>
        <source>← &amp;Remove</source>
        <translation>← 移除(&amp;R)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Your account may look at the beneficiaries but not change them: county staff keep the project library.</source>
        <translation>您的账户只能查看受益户，不能修改：项目库由县级工作人员维护。</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  （%3）</translation>
    </message>
    <message>
        <source>The first %1 households are listed; search to narrow them.</source>
        <translation>只列出前 %1 户，请输入查找条件缩小范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found.</source>
        <translation>
            <numerusform>查到 %n 户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenefitBook</name>
    <message>
        <source>Subsistence allowance (低保)</source>
        <translation>最低生活保障金（低保）</translation>
    </message>
    <message>
        <source>Extreme-poverty support (特困供养)</source>
        <translation>特困人员供养金（特困供养）</translation>
    </message>
    <message>
        <source>Public-welfare job wages (公益岗位)</source>
        <translation>公益岗位工资</translation>
    </message>
    <message>
        <source>Education subsidy (雨露计划)</source>
        <translation>雨露计划教育补助</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Housing renovation grant</source>
        <translation>危房改造补助</translation>
    </message>
    <message>
        <source>Industry subsidy</source>
        <translation>产业奖补</translation>
    </message>
    <message>
        <source>Asset dividends</source>
        <translation>资产收益分红</translation>
    </message>
    <message>
        <source>Ecological compensation</source>
        <translation>生态补偿金</translation>
    </message>
    <message>
        <source>Other policy subsidy</source>
        <translation>其他政策性补贴</translation>
    </message>
    <message>
        <source>Choose the household that receives the benefit.</source>
        <translation>请选择享受政策的农户。</translation>
    </message>
    <message>
        <source>The year of the benefit must be between 2000 and 2100.</source>
        <translation>享受年度须在 2000 至 2100 之间。</translation>
    </message>
    <message>
        <source>Choose the kind of benefit.</source>
        <translation>请选择政策类别。</translation>
    </message>
    <message>
        <source>The amount of a benefit cannot be negative.</source>
        <translation>享受金额不能为负数。</translation>
    </message>
    <message>
        <source>Household %1 is not in the register.</source>
        <translation>农户 %1 不在建档立卡名册中。</translation>
    </message>
    <message>
        <source>Choose the households that receive the benefit.</source>
        <translation>请选择享受该政策的农户。</translation>
    </message>
    <message>
        <source>Household %1 is not in the register; no benefit was saved.</source>
        <translation>农户 %1 不在户籍档案中，未保存任何政策享受。</translation>
    </message>
    <message>
        <source>household %1 (%2)</source>
        <translation>农户 %1（%2）</translation>
    </message>
    <message>
        <source>No benefit was saved: %1 is outside what you may change. %2</source>
        <translation>未保存任何政策享受：%1 不在您可修改的范围内。%2</translation>
    </message>
</context>
<context>
    <name>BenefitCommands</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Give the household&apos;s code with --household CODE (once per household).</source>
        <translation>请用 --household CODE 给出户编号（每户一次）。</translation>
    </message>
    <message>
        <source>The household&apos;s code.</source>
        <translation>户编号。</translation>
    </message>
    <message>
        <source>Only this year&apos;s benefits.</source>
        <translation>只列这一年的政策享受。</translation>
    </message>
    <message numerus="yes">
        <source>%n benefit(s).</source>
        <translation>
            <numerusform>%n 条政策享受。</numerusform>
        </translation>
    </message>
    <message>
        <source>The household&apos;s code; give it once per household for the same benefit to each.</source>
        <translation>户编号；每户给一次，各户录入同一项享受。</translation>
    </message>
    <message>
        <source>The year of the benefit.</source>
        <translation>享受年度。</translation>
    </message>
    <message>
        <source>The kind of benefit: %1.</source>
        <translation>享受类别：%1。</translation>
    </message>
    <message>
        <source>The amount in yuan.</source>
        <translation>金额（元）。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message numerus="yes">
        <source>Entered the benefit for %n household(s).</source>
        <translation>
            <numerusform>已为 %n 户录入该项享受。</numerusform>
        </translation>
    </message>
    <message>
        <source>The benefit&apos;s number.</source>
        <translation>享受记录编号。</translation>
    </message>
    <message>
        <source>Why it is removed.</source>
        <translation>删除原因。</translation>
    </message>
    <message>
        <source>Removed benefit %1.</source>
        <translation>已删除享受记录 %1。</translation>
    </message>
    <message>
        <source>Unknown benefits command &quot;%1&quot;; see &quot;fupin-cli benefits --help&quot;.</source>
        <translation>未知的 benefits 命令“%1”；参见“fupin-cli benefits --help”。</translation>
    </message>
    <message>
        <source>  benefits list --db FILE --household CODE [--year Y] [--json]
                                                    a household&apos;s benefits, the latest year first
  benefits add --db FILE --household CODE... --year Y --type CODE --amount YUAN [--note T] [--json]
                                                    a benefit for one household or the same for many
  benefits remove --db FILE --id N --reason TEXT [--json]
                                                    takes off a benefit entered by mistake
  (add and remove also read their fields from a JSON object with --input FILE; &quot;household&quot; may be a list)</source>
        <translation>  benefits list --db FILE --household CODE [--year Y] [--json]
                                                    一户的政策享受，最近的年度在前
  benefits add --db FILE --household CODE... --year Y --type CODE --amount YUAN [--note T] [--json]
                                                    为一户录入享受，或为多户录入同一项享受
  benefits remove --db FILE --id N --reason TEXT [--json]
                                                    删除录错的享受记录
  （add 和 remove 也可用 --input FILE 从 JSON 对象读取各字段；&quot;household&quot; 可以是列表）</translation>
    </message>
</context>
<context>
    <name>BenefitDialog</name>
    <message numerus="yes">
        <source>Enter a benefit for %n households</source>
        <translation>
            <numerusform>为 %n 户录入政策享受</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a benefit</source>
        <translation>录入政策享受</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>农户：</translation>
    </message>
    <message>
        <source>&amp;Kind of benefit:</source>
        <translation>政策类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>yuan, e.g. 3600.00</source>
        <translation>单位元，如 3600.00</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>BenefitsSection</name>
    <message>
        <source>Policy benefits (政策享受)</source>
        <translation>政策享受</translation>
    </message>
    <message>
        <source>Policy benefits</source>
        <translation>政策享受</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add a benefit…</source>
        <translation>新增政策享受…</translation>
    </message>
    <message>
        <source>Remove the benefit…</source>
        <translation>删除政策享受…</translation>
    </message>
    <message>
        <source>Benefits are entered once the household is saved.</source>
        <translation>农户保存后才能录入政策享受。</translation>
    </message>
    <message>
        <source>Benefits in %1: &lt;b&gt;%2&lt;/b&gt; yuan in all.</source>
        <translation>%1年政策享受合计 &lt;b&gt;%2&lt;/b&gt; 元。</translation>
    </message>
    <message>
        <source>Transfer income recorded for %1 in the income section: &lt;b&gt;%2&lt;/b&gt; yuan.</source>
        <translation>收入情况中登记的%1年转移性收入为 &lt;b&gt;%2&lt;/b&gt; 元。</translation>
    </message>
    <message>
        <source>No income is recorded for %1.</source>
        <translation>%1年尚未登记收入。</translation>
    </message>
    <message>
        <source>%1: benefits %2 yuan, income records %3 yuan</source>
        <translation>%1：政策享受 %2 元，收入登记 %3 元</translation>
    </message>
    <message>
        <source>The income is not changed by the benefits: correct it in the income section if it is wrong.</source>
        <translation>政策享受不会改写收入；如收入有误，请在收入情况中更正。</translation>
    </message>
    <message>
        <source>this household</source>
        <translation>本户</translation>
    </message>
    <message>
        <source>Remove the benefit</source>
        <translation>删除政策享受</translation>
    </message>
    <message>
        <source>Choose the benefit to remove in the list first.</source>
        <translation>请先在列表中选择要删除的政策享受。</translation>
    </message>
    <message>
        <source>&amp;Why is the benefit removed?</source>
        <translation>删除原因(&amp;W)：</translation>
    </message>
    <message>
        <source>Policy benefits, by year, the latest first</source>
        <translation>政策享受（按年度列出，最近年度在前）</translation>
    </message>
    <message>
        <source>The household is open for reading only.</source>
        <translation>该户以只读方式打开。</translation>
    </message>
    <message>
        <source>Save the household first to enter its benefits.</source>
        <translation>请先保存该户，再录入政策享受。</translation>
    </message>
</context>
<context>
    <name>BulkAssessment</name>
    <message>
        <source>The households of %1 could not be assessed: %2</source>
        <translation>%1 的农户无法评估：%2</translation>
    </message>
    <message>
        <source>The assessment was cancelled.</source>
        <translation>评估已取消。</translation>
    </message>
    <message>
        <source>Exit from poverty</source>
        <translation>脱贫退出</translation>
    </message>
    <message>
        <source>Risk elimination</source>
        <translation>风险消除</translation>
    </message>
    <message>
        <source>%1 cannot be assessed: give a year from %2 to %3.</source>
        <translation>无法评估 %1 年：请给出 %2 至 %3 年之间的年份。</translation>
    </message>
    <message>
        <source>There is no such division in %1.</source>
        <translation>%1 中没有这个区划。</translation>
    </message>
    <message>
        <source>There is no division with the code &quot;%1&quot; in %2; see `fupin-cli divisions`.</source>
        <translation>%2 中没有代码为“%1”的区划；请查看 `fupin-cli divisions`。</translation>
    </message>
    <message>
        <source>Could not open the county file %1 for the assessment.</source>
        <translation>无法打开县数据文件 %1 进行评估。</translation>
    </message>
</context>
<context>
    <name>BulkProposal</name>
    <message>
        <source>Select the households to propose first.</source>
        <translation>请先选择要提议的农户。</translation>
    </message>
    <message>
        <source>Enter the date of &quot;%1&quot;.</source>
        <translation>请输入“%1”的日期。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>No exit was proposed: %n household(s) cannot be proposed.</source>
        <translation>
            <numerusform>未提议任何退出：%n 户不能提议。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No risk elimination was proposed: %n household(s) cannot be proposed.</source>
        <translation>
            <numerusform>未提议任何风险消除：%n 户不能提议。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CadreDialog</name>
    <message>
        <source>Change the cadre</source>
        <translation>修改干部信息</translation>
    </message>
    <message>
        <source>New cadre</source>
        <translation>新增干部</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Political status:</source>
        <translation>政治面貌(&amp;P)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>所在单位(&amp;U)：</translation>
    </message>
    <message>
        <source>P&amp;ost:</source>
        <translation>职务(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 (up to %2 households)</source>
        <translation>%1（最多 %2 户）</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>职级(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;First secretary</source>
        <translation>第一书记(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>在岗(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CadresPanel</name>
    <message>
        <source>Name, phone, ID number, unit or post</source>
        <translation>姓名、电话、身份证号、单位或职务</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>查找(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;New cadre…</source>
        <translation>新增干部(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark &amp;inactive</source>
        <translation>停用(&amp;I)</translation>
    </message>
    <message>
        <source>Ca&amp;ps by rank…</source>
        <translation>职级联系户上限(&amp;P)…</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>联系户数</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>First secretary</source>
        <translation>第一书记</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>帮扶干部</translation>
    </message>
    <message>
        <source>&amp;Households of the cadre</source>
        <translation>该干部的联系户(&amp;H)</translation>
    </message>
    <message>
        <source>Log a &amp;visit today</source>
        <translation>登记今日走访(&amp;V)</translation>
    </message>
    <message>
        <source>Enter on a household does the same</source>
        <translation>在联系户上按回车键效果相同</translation>
    </message>
    <message>
        <source>&amp;Open household</source>
        <translation>打开农户(&amp;O)</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Households of the cadre</source>
        <translation>该干部的联系户</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Mark &amp;active</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>&amp;Households of %1: %2 now, %3 in the past</source>
        <translation>%1 的联系户(&amp;H)：现联系 %2 户，曾联系 %3 户</translation>
    </message>
    <message>
        <source>Cadre saved</source>
        <translation>干部信息已保存</translation>
    </message>
    <message>
        <source>Visit logged</source>
        <translation>走访已登记</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>The code of the county, township, village or group whose households get cards.</source>
        <translation>要打印明白卡的县、乡镇、村或村民小组的代码。</translation>
    </message>
    <message>
        <source>A household code; repeat the option (or list more codes after it) for more households.</source>
        <translation>户编号；多户时重复此选项（或在其后列出更多户编号）。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>The year of the measures, benefits and income on the cards; the latest year with incomes when not given.</source>
        <translation>明白卡上帮扶措施、政策享受和收入的年度；不填则为已录入收入的最近年度。</translation>
    </message>
    <message>
        <source>More household codes after --household.</source>
        <translation>--household 之后的更多户编号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option; give household codes after --household.</source>
        <translation>“%1”不是选项；户编号请写在 --household 之后。</translation>
    </message>
    <message>
        <source>Give either --division CODE (a division&apos;s households, see `fupin-cli divisions`) or --household CODE (listed households), not both.</source>
        <translation>请给出 --division 代码（一个区划的农户，见 `fupin-cli divisions`）或 --household 户编号（列出的农户），二者只能选一。</translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out, a name ending in .pdf.</source>
        <translation>请用 --out 指定要写入的 PDF 文件，文件名以 .pdf 结尾。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>“%1”不是年度。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n card(s) of %2 on %3 page(s).</source>
        <translation>
            <numerusform>已写入 %1：%2年明白卡 %n 张，共 %3 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>a4 (one card page per A4 page, the default) or a5 (two card pages side by side on an A4 sheet).</source>
        <translation>a4（每张 A4 纸一页卡，默认）或 a5（每张 A4 纸并排两页卡）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a layout: give --layout a4 or --layout a5.</source>
        <translation>“%1”不是版式：请用 --layout a4 或 --layout a5。</translation>
    </message>
    <message>
        <source>  cards --db FILE (--division CODE | --household CODE...) --out FILE.pdf [--year Y] [--layout a4|a5]
        [--template household|contact|policy|income]
                                                    household cards (明白卡) or the three cards as a PDF, each logged</source>
        <translation>  cards --db FILE (--division CODE | --household CODE...) --out FILE.pdf [--year Y] [--layout a4|a5]
        [--template household|contact|policy|income]
                                                    明白卡或“三卡”PDF，每张都登记打印记录</translation>
    </message>
    <message>
        <source>household (the household card, the default), contact (four contact cards to an A4 sheet, backs on the next page for duplex printing), policy or income.</source>
        <translation>household（明白卡，默认）、contact（帮扶联系卡，每张 A4 纸四张，背面在下一页，供双面打印）、policy（政策明白卡）或 income（收入明白卡）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card: give --template household, contact, policy or income.</source>
        <translation>“%1”不是卡片类型：请用 --template household、contact、policy 或 income。</translation>
    </message>
</context>
<context>
    <name>CardPrintLog</name>
    <message>
        <source>%1 is open read-only, so the prints cannot be logged and no card is printed. Copy the county file to a folder you can write to and print from the copy.</source>
        <translation>%1 以只读方式打开，无法登记打印记录，因此不打印明白卡。请把县数据库文件复制到可写的文件夹，在副本中打印。</translation>
    </message>
    <message>
        <source>The print log of %1 has not been started.</source>
        <translation>%1 的打印登记尚未开始。</translation>
    </message>
    <message>
        <source>Household %1 is not in %2.</source>
        <translation>%2 中没有农户 %1。</translation>
    </message>
</context>
<context>
    <name>CardTemplates</name>
    <message>
        <source>Contact card</source>
        <translation>帮扶联系卡</translation>
    </message>
    <message>
        <source>Policy card</source>
        <translation>政策明白卡</translation>
    </message>
    <message>
        <source>Income card</source>
        <translation>收入明白卡</translation>
    </message>
    <message>
        <source>Household card</source>
        <translation>明白卡</translation>
    </message>
</context>
<context>
    <name>CausesSection</name>
    <message>
        <source>Poverty causes</source>
        <translation>致贫原因</translation>
    </message>
    <message>
        <source>&amp;Main cause:</source>
        <translation>主要致贫原因(&amp;M)：</translation>
    </message>
    <message>
        <source>Other cause &amp;1:</source>
        <translation>其他致贫原因 1(&amp;1)：</translation>
    </message>
    <message>
        <source>Other cause &amp;2:</source>
        <translation>其他致贫原因 2(&amp;2)：</translation>
    </message>
</context>
<context>
    <name>ChartSheetPrinter</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>The printer refused page %1.</source>
        <translation>打印机拒绝了第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 未写入：%2</translation>
    </message>
</context>
<context>
    <name>CodeLists</name>
    <message>
        <source>Cannot read the code list %1.</source>
        <translation>无法读取代码表 %1。</translation>
    </message>
    <message>
        <source>Line %1 of the code list %2 has fewer than 3 columns.</source>
        <translation>代码表 %2 的第 %1 行不足 3 列。</translation>
    </message>
    <message>
        <source>Line %1 of the code list %2 opens a quote that is never closed.</source>
        <translation>代码表 %2 的第 %1 行有一个引号没有闭合。</translation>
    </message>
    <message>
        <source>Line %1 of the code list %2: %3</source>
        <translation>代码表 %2 的第 %1 行：%3</translation>
    </message>
    <message>
        <source>The code lists, poverty lines and caps of %1 are the county&apos;s own: the defaults are loaded only into a county being created, and nothing was changed.</source>
        <translation>%1 的代码表、贫困线和帮扶户数上限已是本县自己的数据：默认值只在新建县时载入，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The county file.</source>
        <translation>县数据库文件。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>以 JSON 格式输出，而不是文本。</translation>
    </message>
    <message>
        <source>Give the county file with --db FILE.</source>
        <translation>请用 --db FILE 指定县数据库文件。</translation>
    </message>
    <message>
        <source>%1 holds no county yet; run &quot;fupin-cli init&quot; first.</source>
        <translation>%1 中还没有县数据；请先运行“fupin-cli init”。</translation>
    </message>
    <message>
        <source>6-digit county code.</source>
        <translation>6 位县级行政区划代码。</translation>
    </message>
    <message>
        <source>County name.</source>
        <translation>县名称。</translation>
    </message>
    <message>
        <source>Created the county %1 (%2) in %3.</source>
        <translation>已在 %3 中创建 %1（%2）。</translation>
    </message>
    <message>
        <source>Number of households.</source>
        <translation>农户数。</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same county.</source>
        <translation>随机种子：相同的种子生成相同的县数据。</translation>
    </message>
    <message>
        <source>--households must be a positive number.</source>
        <translation>--households 必须是正数。</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation>--seed 必须是非负数。</translation>
    </message>
    <message>
        <source>Generated %1 demo households in %2 s.</source>
        <translation>已生成 %1 户演示数据，用时 %2 秒。</translation>
    </message>
    <message>
        <source>Resident ID numbers to check.</source>
        <translation>要校验的身份证号。</translation>
    </message>
    <message>
        <source>Give one or more ID numbers to check.</source>
        <translation>请给出一个或多个要校验的身份证号。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message numerus="yes">
        <source>(%n household(s))</source>
        <translation>
            <numerusform>（%n 户）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 households, %2 people</source>
        <translation>%1 户 %2 人</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>By attribute</source>
        <translation>按户属性</translation>
    </message>
    <message>
        <source>By main cause</source>
        <translation>按主要致贫原因</translation>
    </message>
    <message>
        <source>By township</source>
        <translation>按乡镇</translation>
    </message>
    <message>
        <source>Year whose income and living conditions are checked (default: the latest with income records).</source>
        <translation>检查其收入和生产生活条件的年度（默认：有收入记录的最近一年）。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) for %1.</source>
        <translation>
            <numerusform>%1 年共发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>The county file %1 is sound: its structure and the links between its records are intact.</source>
        <translation>县数据库文件 %1 完好：文件结构和记录之间的关联都没有问题。</translation>
    </message>
    <message numerus="yes">
        <source>The county file %1 has %n problem(s):</source>
        <translation>
            <numerusform>县数据库文件 %1 有 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already at database level %2; nothing was changed.</source>
        <translation>%1 已是第 %2 级数据库，未作任何更改。</translation>
    </message>
    <message>
        <source>%1 was upgraded meanwhile by another program; it is at database level %2.</source>
        <translation>%1 已由另一个程序同时升级，现为第 %2 级数据库。</translation>
    </message>
    <message>
        <source>Upgraded %1 from database level %2 to level %3. The file as it was before is kept in %4.</source>
        <translation>已将 %1 从第 %2 级数据库升级到第 %3 级。升级前的文件保存在 %4。</translation>
    </message>
    <message>
        <source>Act as this account; its password is read from FUPIN_PASSWORD or asked for.</source>
        <translation>以此账号操作；密码从环境变量 FUPIN_PASSWORD 读取，或在终端中询问。</translation>
    </message>
    <message>
        <source>%1 has accounts: say who you are with --user LOGIN (the password is read from the environment variable FUPIN_PASSWORD, or asked for on a terminal).</source>
        <translation>%1 设有账号：请用 --user 登录名 说明您是谁（密码从环境变量 FUPIN_PASSWORD 读取，或在终端中询问）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>The administrator&apos;s login (its password from FUPIN_PASSWORD or asked for); without it, &quot;admin&quot; without a password.</source>
        <translation>管理员登录名（密码从 FUPIN_PASSWORD 读取或在终端中询问）；不指定时为不设密码的“admin”。</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>管理员姓名。</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>管理员 %1 的密码：</translation>
    </message>
    <message>
        <source>Demo accounts admin, county, township, village and auditor, each with the password %1.</source>
        <translation>演示账号 admin、county、township、village 和 auditor，密码均为 %1。</translation>
    </message>
    <message>
        <source>Usage: fupin-cli COMMAND [OPTIONS]
Commands:
  --version                                         print the version
  init --db FILE --county-code CODE --county-name NAME [--admin-login L] [--admin-name N]
                                                    create a county file
  demo --db FILE [--households N] [--seed S]        fill it with a demo county
  check-id [--json] ID...                           check resident ID numbers
  divisions --db FILE [--json]                      the division tree with codes
  stats --db FILE [--json]                          households and people by status, attribute, cause, township
  validate --db FILE [--year Y] [--json]            data-quality findings
  check --db FILE                                   check the file for damage and broken links
  upgrade --db FILE                                 upgrade an older county file, keeping a backup</source>
        <translation>用法：fupin-cli 命令 [选项]
命令：
  --version                                         显示版本号
  init --db FILE --county-code CODE --county-name NAME [--admin-login L] [--admin-name N]
                                                    创建县数据库文件
  demo --db FILE [--households N] [--seed S]        填入演示县数据
  check-id [--json] ID...                           校验身份证号
  divisions --db FILE [--json]                      带代码的行政区划树
  stats --db FILE [--json]                          按状态、户属性、致贫原因、乡镇统计户数和人数
  validate --db FILE [--year Y] [--json]            数据质量检查结果
  check --db FILE                                   检查文件是否损坏、关联是否断开
  upgrade --db FILE                                 升级旧版县数据库文件，并保留备份</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source> [OPTIONS]</source>
        <translation> [选项]</translation>
    </message>
</context>
<context>
    <name>CommandRequest</name>
    <message>
        <source>Read the request as a JSON object from this file (- for standard input); an option given too wins.</source>
        <translation>从此文件读取 JSON 对象形式的请求（- 表示标准输入）；同时给出的选项优先。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to hold one request (at most %2 MB).</source>
        <translation>%1 太大，不是一个请求（最多 %2 MB）。</translation>
    </message>
    <message>
        <source>%1 does not hold one JSON object (the error is near character %2).</source>
        <translation>%1 不是一个 JSON 对象（错误在第 %2 个字符附近）。</translation>
    </message>
    <message>
        <source>%1 has the field &quot;%2&quot;, which this command does not take.</source>
        <translation>%1 含有字段“%2”，此命令不接受该字段。</translation>
    </message>
    <message>
        <source>Give the %1 number with --%1 N.</source>
        <translation>请用 --%1 N 给出 %1 编号。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number; &quot;%2&quot; is not one.</source>
        <translation>--%1 需要整数；“%2”不是整数。</translation>
    </message>
    <message>
        <source>Give the date with --%1 YYYY-MM-DD.</source>
        <translation>请用 --%1 YYYY-MM-DD 给出日期。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1：“%2”不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of fen, at most %2.</source>
        <translation>“%1”必须是以分计的整数，绝对值最多 %2。</translation>
    </message>
    <message>
        <source>Give the amount in yuan with --%1, like 1000.00.</source>
        <translation>请用 --%1 给出以元计的金额，如 1000.00。</translation>
    </message>
</context>
<context>
    <name>ContributionsPanel</name>
    <message>
        <source>Each unit</source>
        <translation>各帮扶单位</translation>
    </message>
    <message>
        <source>Each form of assistance</source>
        <translation>各帮扶形式</translation>
    </message>
    <message>
        <source>&amp;Table of:</source>
        <translation>统计口径(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>帮扶形式(&amp;F)：</translation>
    </message>
    <message>
        <source>Unit or form</source>
        <translation>单位或帮扶形式</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>帮扶形式</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>帮扶干部</translation>
    </message>
    <message>
        <source>Households paired now</source>
        <translation>现结对户数</translation>
    </message>
    <message>
        <source>Villages covered</source>
        <translation>覆盖村数</translation>
    </message>
    <message>
        <source>Visits this quarter</source>
        <translation>本季度走访次数</translation>
    </message>
    <message>
        <source>Measures brought</source>
        <translation>帮扶措施数</translation>
    </message>
    <message>
        <source>By unit and by form</source>
        <translation>按单位和帮扶形式统计</translation>
    </message>
    <message>
        <source>&amp;Households (Enter on a row above lists them)</source>
        <translation>结对农户(&amp;H)（在上表中按回车键列出）</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>全部帮扶形式</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Households of %1: %n</source>
        <translation>
            <numerusform>%1 的结对农户(&amp;H)：%n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Allocated (yuan)</source>
        <translation>已分配（元）</translation>
    </message>
    <message>
        <source>Disbursed (yuan)</source>
        <translation>已拨付（元）</translation>
    </message>
</context>
<context>
    <name>CountyBackup</name>
    <message>
        <source>The number of automatic backups must be between 0 (none) and %1; got %2.</source>
        <translation>自动备份份数须在 0（不自动备份）到 %1 之间；输入的是 %2。</translation>
    </message>
    <message>
        <source>The folder %1 for automatic backups cannot be created.</source>
        <translation>无法创建自动备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose a folder for the backup.</source>
        <translation>文件夹 %1 不存在；请为备份选择一个文件夹。</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>未完成备份：%1</translation>
    </message>
    <message>
        <source>The backup was not made: nothing can be written in the folder %1 (%2).</source>
        <translation>未完成备份：文件夹 %1 中无法写入任何文件（%2）。</translation>
    </message>
    <message>
        <source>The backup %1 was not made, and nothing was left under its name: %2</source>
        <translation>备份 %1 未完成，也没有以该名称留下任何文件：%2</translation>
    </message>
    <message>
        <source>The backup was not made: %1 could not be given its name.</source>
        <translation>未完成备份：无法将备份命名为 %1。</translation>
    </message>
</context>
<context>
    <name>CountyDatabase</name>
    <message>
        <source>%1 is a folder, not a county file.</source>
        <translation>%1 是文件夹，不是县数据库文件。</translation>
    </message>
    <message>
        <source>The county file %1 does not exist.</source>
        <translation>县数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Fupin county file: it is not an SQLite database.</source>
        <translation>%1 不是扶贫工作台的县数据库文件：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Copy the county file to a folder you can write to.</source>
        <translation>文件夹 %1 是只读的。请将县数据库文件复制到可写入的文件夹。</translation>
    </message>
    <message>
        <source>The county file %1 is read-only.</source>
        <translation>县数据库文件 %1 是只读的。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Fupin county file.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是扶贫工作台的县数据库文件。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Fupin (database level %2; this version reads up to level %3). Please update Fupin. The file was left untouched.</source>
        <translation>%1 由更新版本的扶贫工作台写入（数据库级别 %2；本版本最高只能读取级别 %3）。请升级扶贫工作台。文件未作任何改动。</translation>
    </message>
    <message>
        <source>Could not back up the county file before upgrading it, so it was not upgraded: %1</source>
        <translation>升级前无法备份县数据库文件，因此未升级：%1</translation>
    </message>
    <message>
        <source>Missing schema file %1.</source>
        <translation>缺少数据库结构文件 %1。</translation>
    </message>
    <message>
        <source>The county code must be 6 digits, like 522633; got &quot;%1&quot;.</source>
        <translation>县代码必须是 6 位数字，如 522633；输入的是“%1”。</translation>
    </message>
    <message>
        <source>This file already holds the county %1.</source>
        <translation>此文件中已有县 %1 的数据。</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>没有已打开的事务。</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no county. Nothing was changed. Create a county in it with &quot;fupin-cli init&quot; or in Fupin.</source>
        <translation>%1 是空文件，其中没有县数据。未作任何更改。请用“fupin-cli init”或在扶贫工作台中创建县数据。</translation>
    </message>
    <message>
        <source>%1 holds no county. Nothing was changed. Create a county in it with &quot;fupin-cli init&quot; or in Fupin.</source>
        <translation>%1 中没有县数据。未作任何更改。请用“fupin-cli init”或在扶贫工作台中创建县数据。</translation>
    </message>
    <message>
        <source>%1 is at database level %2 and must be upgraded to level %3 before it can be read. Nothing was changed. Upgrade it (a backup is written first) with: fupin-cli upgrade --db %1 , or by opening it in Fupin.</source>
        <translation>%1 是第 %2 级数据库，须先升级到第 %3 级才能读取。未作任何更改。请用以下命令升级（升级前会先备份）：fupin-cli upgrade --db %1 ，或在扶贫工作台中打开它。</translation>
    </message>
    <message>
        <source>the backup could not be written to the disk.</source>
        <translation>备份无法写入磁盘。</translation>
    </message>
    <message>
        <source>the backup could not be given its name %1.</source>
        <translation>备份无法命名为 %1。</translation>
    </message>
    <message>
        <source>%1 must be upgraded before it can be read; it was opened only for reading, so nothing was changed.</source>
        <translation>%1 须先升级才能读取；它是以只读方式打开的，因此未作任何更改。</translation>
    </message>
    <message>
        <source>The county file was not upgraded. %1</source>
        <translation>县数据库文件未升级。%1</translation>
    </message>
    <message>
        <source>Upgrading the county file %1 to level %2 failed, so it was left at level %3 as it was. %4</source>
        <translation>将县数据库文件 %1 升级到第 %2 级失败，文件保持原样，仍为第 %3 级。%4</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) would point to records that do not exist (the first in table %1, pointing to %2).</source>
        <translation>
            <numerusform>将有 %n 条记录指向不存在的记录（第一条在表 %1 中，指向 %2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The structure of the file is damaged in %n place(s) (pages or indexes that do not agree). Restore the latest backup, or copy the file and ask your IT support to repair it.</source>
        <translation>
            <numerusform>文件结构有 %n 处损坏（数据页或索引不一致）。请恢复最近的备份，或复制该文件后请信息技术人员修复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in table %1 point to records of table %2 that do not exist.</source>
        <translation>
            <numerusform>表 %1 中有 %n 条记录指向表 %2 中不存在的记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The county code %1 is not a Chinese region code (the first two digits name a province).</source>
        <translation>县代码 %1 不是中国的行政区划代码（前两位应为省级代码）。</translation>
    </message>
    <message>
        <source>The code %1 names a province or prefecture, not a county; a county code does not end in 00.</source>
        <translation>代码 %1 是省级或地级代码，不是县级代码；县级代码不以 00 结尾。</translation>
    </message>
    <message>
        <source>The county name is empty (or made only of spaces and invisible characters).</source>
        <translation>县名称为空（或只有空格和不可见字符）。</translation>
    </message>
    <message>
        <source>The county name contains control or invisible characters (U+%1); type it again without them.</source>
        <translation>县名称含有控制字符或不可见字符（U+%1）；请去掉这些字符后重新输入。</translation>
    </message>
    <message>
        <source>The county name is too long: %1 characters, at most %2.</source>
        <translation>县名称太长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>The county schema could not be built to compare the file with it.</source>
        <translation>无法建立县数据结构，以便与文件比对。</translation>
    </message>
</context>
<context>
    <name>CountyRestore</name>
    <message>
        <source>To restore %1, an administrator signs in to %2.</source>
        <translation>要恢复 %1，须由管理员登录 %2。</translation>
    </message>
    <message>
        <source>%1 holds no county.</source>
        <translation>%1 中没有县数据。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 was not restored; nothing was changed. %2</source>
        <translation>%1 未恢复，未作任何修改。%2</translation>
    </message>
    <message>
        <source>The backup is the county file itself.</source>
        <translation>所选备份就是县数据文件本身。</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>该备份不能使用：%1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Nothing can be written in the folder %1 (%2).</source>
        <translation>文件夹 %1 中无法写入任何文件（%2）。</translation>
    </message>
    <message>
        <source>The county file is open in Fupin or in another program: close it there (in Fupin, restore from its File menu) and try again.</source>
        <translation>县数据文件正被扶贫工作台或其他程序打开：请先在那里关闭（在扶贫工作台中请通过“文件”菜单恢复），然后再试。</translation>
    </message>
    <message>
        <source>It could not be renamed to %1 to be kept.</source>
        <translation>无法将其改名为 %1 加以保留。</translation>
    </message>
    <message>
        <source>The restored copy could not be given the name of the county file.</source>
        <translation>恢复的副本无法命名为县数据文件的名称。</translation>
    </message>
</context>
<context>
    <name>CsvSheetReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is in a Chinese encoding (GBK/GB18030) that this computer cannot decode. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>%1 使用的中文编码（GBK/GB18030）本机无法解码。请另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <source>%1 has no sheet number %2.</source>
        <translation>%1 没有第 %2 个工作表。</translation>
    </message>
    <message>
        <source>%1: the quotation mark opened in line %2 is never closed.</source>
        <translation>%1：第 %2 行开始的引号没有闭合。</translation>
    </message>
    <message>
        <source>%1: line %2 is longer than any roster&apos;s line; this is not a text table.</source>
        <translation>%1：第 %2 行过长，不像花名册的一行；这不是文本表格。</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the copy was cancelled.</source>
        <translation>复制已取消。</translation>
    </message>
    <message>
        <source>%1 could not be written to the disk.</source>
        <translation>%1 无法写入磁盘。</translation>
    </message>
    <message numerus="yes">
        <source>the copy %1 does not read back as it was written (%n damaged place(s)).</source>
        <translation>
            <numerusform>副本 %1 读回时与写入的不一致（%n 处损坏）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteHouseholdDialog</name>
    <message>
        <source>Delete Household</source>
        <translation>删除农户</translation>
    </message>
    <message>
        <source>Delete household %1 (head: %2)? It can be restored later.</source>
        <translation>删除农户 %1（户主：%2）吗？以后可以恢复。</translation>
    </message>
    <message>
        <source>e.g. the whole household moved out of the county</source>
        <translation>例如：全户迁出本县</translation>
    </message>
    <message>
        <source>&amp;Reason for deleting:</source>
        <translation>删除原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Could not read the county file: %1</source>
        <translation>无法读取县数据库文件：%1</translation>
    </message>
    <message>
        <source>The county file already holds households. Demo data is only generated into an empty county, so nothing was written.</source>
        <translation>县数据库文件中已有农户。演示数据只能生成到空白县数据中，因此未写入任何数据。</translation>
    </message>
    <message>
        <source>The county file is not an SQLite database.</source>
        <translation>县数据库文件不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>Could not start writing to the county file; another program may be using it.</source>
        <translation>无法开始写入县数据库文件；可能有其他程序正在使用。</translation>
    </message>
    <message>
        <source>Generating the demo county was cancelled; no demo data was written.</source>
        <translation>已取消生成演示县，未写入任何演示数据。</translation>
    </message>
    <message>
        <source>Could not write the demo county, so no demo data was written: %1</source>
        <translation>无法写入演示县，未写入任何演示数据：%1</translation>
    </message>
    <message>
        <source>Could not save the demo county: %1</source>
        <translation>无法保存演示县：%1</translation>
    </message>
    <message>
        <source>The demo county needs between 1 and 1,000,000 households, not %1.</source>
        <translation>演示县的户数应在 1 到 1,000,000 之间，而不是 %1。</translation>
    </message>
    <message>
        <source>The demo history runs from 2014 to a last year no later than %1, not to %2.</source>
        <translation>演示数据从 2014 年开始，截止年份不能晚于 %1 年，而不是 %2 年。</translation>
    </message>
</context>
<context>
    <name>DivisionList</name>
    <message>
        <source>Line %1 (&quot;%2&quot;) has more than a township and a village. Write one village per line, or the township, a colon and its villages separated by 、.</source>
        <translation>第 %1 行（“%2”）不只有一个乡镇和一个村。请每行写一个村，或写乡镇、冒号，再写用“、”分隔的各村。</translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;) is indented as a village, but no township comes before it.</source>
        <translation>第 %1 行（“%2”）缩进为村，但它前面没有乡镇。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a township or village name.</source>
        <translation>第 %1 行：“%2”不是乡镇或村的名称。</translation>
    </message>
    <message>
        <source>%1 has more than %2 villages.</source>
        <translation>%1 的村超过 %2 个。</translation>
    </message>
    <message>
        <source>The list has more than %1 townships.</source>
        <translation>列表中的乡镇超过 %1 个。</translation>
    </message>
    <message>
        <source>%1 holds no county yet.</source>
        <translation>%1 中还没有县数据。</translation>
    </message>
    <message>
        <source>The county already has its townships; nothing was added.</source>
        <translation>该县已有乡镇，未添加任何内容。</translation>
    </message>
</context>
<context>
    <name>DivisionTreeModel</name>
    <message>
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>%1 %2, statistical code %3</source>
        <translation>%1 %2，统计用区划代码 %3</translation>
    </message>
</context>
<context>
    <name>Divisions</name>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>The printer cannot print on A4 pages with these margins.</source>
        <translation>打印机无法按这些页边距在 A4 纸上打印。</translation>
    </message>
    <message>
        <source>The document could not be printed: the printer or file is not ready.</source>
        <translation>无法打印文档：打印机或文件未就绪。</translation>
    </message>
    <message>
        <source>The document could not be printed: page %1 could not be started.</source>
        <translation>无法打印文档：无法开始第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The document could not be printed to the end.</source>
        <translation>文档未能完整打印。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>未写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>A draft needs a key.</source>
        <translation>草稿缺少键值。</translation>
    </message>
    <message>
        <source>The draft could not be written: %1</source>
        <translation>无法写入草稿：%1</translation>
    </message>
    <message>
        <source>The draft could not be removed: %1</source>
        <translation>无法删除草稿：%1</translation>
    </message>
    <message>
        <source>The drafts could not be read: %1</source>
        <translation>无法读取草稿：%1</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Save the household first: a person can be confirmed different from another only once both are saved.</source>
        <translation>请先保存该户：两人都保存后，才能确认二人不是同一人。</translation>
    </message>
    <message>
        <source>A person cannot be different from themselves.</source>
        <translation>不能确认一个人与其本人不是同一人。</translation>
    </message>
    <message>
        <source>One of the two people is not registered (any more), so the decision was not recorded.</source>
        <translation>两人中有一人未登记（或已不再登记），因此未记录此判定。</translation>
    </message>
</context>
<context>
    <name>ExitAssessment</name>
    <message>
        <source>No income is recorded for %1 or before.</source>
        <translation>%1 年及以前没有登记收入。</translation>
    </message>
    <message>
        <source>the %1 monitoring threshold</source>
        <translation>%1 年监测标准</translation>
    </message>
    <message>
        <source>the %1 poverty line</source>
        <translation>%1 年扶贫标准</translation>
    </message>
    <message>
        <source>The income of %1 has no household size, so its per-capita income is unknown.</source>
        <translation>%1 年收入没有家庭人口数，无法计算人均纯收入。</translation>
    </message>
    <message>
        <source>The county has no poverty line or monitoring threshold for %1.</source>
        <translation>本县没有 %1 年的扶贫标准或监测标准。</translation>
    </message>
    <message>
        <source>The per-capita net income of %1 (%2 yuan) is not above %3 (%4 yuan).</source>
        <translation>%1 年人均纯收入（%2 元）未高于%3（%4 元）。</translation>
    </message>
    <message>
        <source>The per-capita net income of %1 (%2 yuan) is above %3 (%4 yuan).</source>
        <translation>%1 年人均纯收入（%2 元）高于%3（%4 元）。</translation>
    </message>
    <message>
        <source>%1: no living conditions are recorded for %2 or before.</source>
        <translation>%1：%2 年及以前没有登记生产生活条件。</translation>
    </message>
    <message>
        <source>%1: yes (%2).</source>
        <translation>%1：是（%2 年）。</translation>
    </message>
    <message>
        <source>%1: not secured in %2.</source>
        <translation>%1：%2 年未达到。</translation>
    </message>
    <message>
        <source>No worry about food</source>
        <translation>不愁吃</translation>
    </message>
    <message>
        <source>No worry about clothing</source>
        <translation>不愁穿</translation>
    </message>
    <message>
        <source>Compulsory education guaranteed</source>
        <translation>义务教育有保障</translation>
    </message>
    <message>
        <source>Basic medical care guaranteed</source>
        <translation>基本医疗有保障</translation>
    </message>
    <message>
        <source>Housing safety guaranteed</source>
        <translation>住房安全有保障</translation>
    </message>
    <message>
        <source>Safe drinking water</source>
        <translation>饮水安全</translation>
    </message>
    <message>
        <source>Monitoring started on %1; its risk can be marked eliminated after half a year, from %2 on.</source>
        <translation>监测始于 %1；满半年后（%2 起）才能标注风险消除。</translation>
    </message>
    <message>
        <source>Monitored for more than half a year, since %1.</source>
        <translation>自 %1 起已监测半年以上。</translation>
    </message>
    <message numerus="yes">
        <source>%n assistance measure(s) in place.</source>
        <translation>
            <numerusform>已落实 %n 项帮扶措施。</numerusform>
        </translation>
    </message>
    <message>
        <source>No assistance measure is in place. Record at least one measure first.</source>
        <translation>尚未落实帮扶措施。请先登记至少一项帮扶措施。</translation>
    </message>
    <message>
        <source>At least one member can work.</source>
        <translation>至少有一名家庭成员有劳动能力。</translation>
    </message>
    <message>
        <source>No member can work; a household with no labour at all stays monitored.</source>
        <translation>家庭成员均无劳动能力；完全无劳动力的农户继续监测。</translation>
    </message>
    <message>
        <source>Income above the standard</source>
        <translation>收入超过标准</translation>
    </message>
    <message>
        <source>Monitored for half a year</source>
        <translation>监测满半年</translation>
    </message>
    <message>
        <source>Assistance measure in place</source>
        <translation>已落实帮扶措施</translation>
    </message>
    <message>
        <source>A member can work</source>
        <translation>有劳动能力的成员</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export List...</source>
        <translation>导出列表(&amp;E)...</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>正在导出%1……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>This page has no list to export.</source>
        <translation>此页面没有可导出的列表。</translation>
    </message>
    <message>
        <source>&amp;List to export:</source>
        <translation>要导出的列表(&amp;L)：</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 were written to
%2</source>
        <translation>
            <numerusform>%1 共 %n 行已写入
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>  export --db FILE --what LIST --out FILE [--division CODE] [--format xlsx|csv]
                                                    a list as .xlsx or .csv (LIST: households, members,
                                                    cadres, units, teams, pairings, unpaired, over-cap,
                                                    not-visited, villages-without-team, projects, ledger,
                                                    loans, quality, template)</source>
        <translation>  export --db FILE --what LIST --out FILE [--division CODE] [--format xlsx|csv]
                                                    将列表导出为 .xlsx 或 .csv（LIST：households、members、
                                                    cadres、units、teams、pairings、unpaired、over-cap、
                                                    not-visited、villages-without-team、projects、ledger、
                                                    loans、quality、template）</translation>
    </message>
    <message>
        <source>The list: %1. &quot;members&quot; is the household roster, one person a row, as an import reads it; &quot;template&quot; is the empty roster to fill in.</source>
        <translation>要导出的列表：%1。“members”是农户花名册，每人一行，与导入读取的格式相同；“template”是待填写的空白花名册。</translation>
    </message>
    <message>
        <source>The file to write, ending in .xlsx or .csv.</source>
        <translation>要写入的文件，以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>Only the households (and villages) of this township, village or group code (see `fupin-cli divisions`).</source>
        <translation>只导出该乡镇、行政村或村民小组代码下的农户（和村）（见 `fupin-cli divisions`）。</translation>
    </message>
    <message>
        <source>xlsx or csv; by default the suffix of --out says which (a name without one gets it).</source>
        <translation>xlsx 或 csv；默认由 --out 的扩展名决定（没有扩展名的文件名会加上它）。</translation>
    </message>
    <message>
        <source>quality: the year whose income and living conditions are checked (default: last year).</source>
        <translation>quality：检查哪一年的收入和生产生活条件（默认：上一年）。</translation>
    </message>
    <message>
        <source>ledger, loans, not-visited: the day the list is as of (default today), YYYY-MM-DD.</source>
        <translation>ledger、loans、not-visited：列表截至的日期（默认今天），格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>cadres: only those whose name, phone, unit or post contains the text.</source>
        <translation>cadres：只导出姓名、电话、单位或职务包含该文字的干部。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of export.</source>
        <translation>“%1”不是 export 的选项。</translation>
    </message>
    <message>
        <source>Say which list to export with --what (%1).</source>
        <translation>请用 --what 指定要导出的列表（%1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no list that can be exported; give one of %2.</source>
        <translation>“%1”不是可导出的列表；请给出以下之一：%2。</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.xlsx (or .csv).</source>
        <translation>请用 --out FILE.xlsx（或 .csv）给出要写入的文件。</translation>
    </message>
    <message>
        <source>--format is xlsx or csv, not &quot;%1&quot;.</source>
        <translation>--format 只能是 xlsx 或 csv，不能是“%1”。</translation>
    </message>
    <message>
        <source>--format %1 does not agree with the name %2.</source>
        <translation>--format %1 与文件名 %2 不一致。</translation>
    </message>
    <message>
        <source>%1 is neither an .xlsx nor a .csv file: give a name ending in .xlsx or .csv, or --format.</source>
        <translation>%1 既不是 .xlsx 也不是 .csv 文件：请给出以 .xlsx 或 .csv 结尾的文件名，或使用 --format。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>“%1”不是年份。</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as 2024-03-01.</source>
        <translation>%1 不是日期；请写成 2024-03-01 的格式。</translation>
    </message>
    <message>
        <source>There is no division with the code %1 (see `fupin-cli divisions`).</source>
        <translation>没有代码为 %1 的区划（见 `fupin-cli divisions`）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n row(s).</source>
        <translation>
            <numerusform>已写入 %1：%n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForcesChecks</name>
    <message>
        <source>The unit has no name.</source>
        <translation>帮扶单位没有名称。</translation>
    </message>
    <message>
        <source>Choose the form of assistance the unit belongs to.</source>
        <translation>请选择该单位所属的帮扶形式。</translation>
    </message>
    <message>
        <source>Choose the unit&apos;s level.</source>
        <translation>请选择单位层级。</translation>
    </message>
    <message>
        <source>The cadre has no name.</source>
        <translation>帮扶干部没有姓名。</translation>
    </message>
    <message>
        <source>Choose the cadre&apos;s sex.</source>
        <translation>请选择帮扶干部的性别。</translation>
    </message>
    <message>
        <source>The cadre&apos;s ID number %1: %2</source>
        <translation>帮扶干部的身份证号 %1：%2</translation>
    </message>
    <message>
        <source>The cadre&apos;s phone number %1: %2</source>
        <translation>帮扶干部的联系电话 %1：%2</translation>
    </message>
    <message>
        <source>Choose the cadre&apos;s rank.</source>
        <translation>请选择帮扶干部的职级。</translation>
    </message>
    <message>
        <source>Choose the household of the pairing.</source>
        <translation>请选择结对的农户。</translation>
    </message>
    <message>
        <source>Choose the responsible cadre.</source>
        <translation>请选择帮扶责任人。</translation>
    </message>
    <message>
        <source>Give the date the pairing starts.</source>
        <translation>请填写结对开始日期。</translation>
    </message>
    <message>
        <source>The pairing ends before it starts.</source>
        <translation>结对的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Choose the village of the work team.</source>
        <translation>请选择驻村工作队所在的村。</translation>
    </message>
    <message>
        <source>Give the date the work team starts.</source>
        <translation>请填写驻村工作队的开始日期。</translation>
    </message>
    <message>
        <source>The work team&apos;s term ends before it starts.</source>
        <translation>驻村工作队的任期结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Choose the household of the measure.</source>
        <translation>请选择帮扶措施对应的农户。</translation>
    </message>
    <message>
        <source>Choose the category of the measure.</source>
        <translation>请选择帮扶措施的类别。</translation>
    </message>
    <message>
        <source>Give the date the measure starts.</source>
        <translation>请填写帮扶措施的开始日期。</translation>
    </message>
    <message>
        <source>The amount of a measure cannot be negative.</source>
        <translation>帮扶措施的金额不能为负数。</translation>
    </message>
    <message>
        <source>Choose the household visited.</source>
        <translation>请选择走访的农户。</translation>
    </message>
    <message>
        <source>Choose the cadre who visited.</source>
        <translation>请选择走访的干部。</translation>
    </message>
    <message>
        <source>Give the date of the visit.</source>
        <translation>请填写走访日期。</translation>
    </message>
    <message>
        <source>Write down what was found or done on the visit.</source>
        <translation>请填写走访发现的情况或采取的举措。</translation>
    </message>
    <message>
        <source>An enterprise is either state-owned or private.</source>
        <translation>企业应为国有企业或民营企业。</translation>
    </message>
    <message>
        <source>The unit&apos;s contact phone %1: %2</source>
        <translation>单位联系电话 %1：%2</translation>
    </message>
    <message>
        <source>The follow-up date comes before the visit.</source>
        <translation>回访日期早于走访日期。</translation>
    </message>
    <message>
        <source>Choose the work team.</source>
        <translation>请选择驻村工作队。</translation>
    </message>
    <message>
        <source>Choose the cadre who serves in the team.</source>
        <translation>请选择工作队队员。</translation>
    </message>
    <message>
        <source>Choose the member&apos;s role: team leader, first secretary or team member.</source>
        <translation>请选择队员职责：队长、第一书记或队员。</translation>
    </message>
    <message>
        <source>A measure cannot start in the future (%1).</source>
        <translation>帮扶措施开始日期不能晚于今天（%1）。</translation>
    </message>
    <message>
        <source>A visit cannot be logged for a day in the future (%1).</source>
        <translation>不能登记今天之后的走访（%1）。</translation>
    </message>
    <message>
        <source>There is no cadre %1 in the county.</source>
        <translation>本县没有编号为 %1 的干部。</translation>
    </message>
    <message>
        <source>The cadre %1 is inactive and takes no new households.</source>
        <translation>干部 %1 已停用，不能再结对新的农户。</translation>
    </message>
    <message>
        <source>There is no household %1 in the county.</source>
        <translation>本县没有编号为 %1 的农户。</translation>
    </message>
    <message>
        <source>The household %1 has been deleted.</source>
        <translation>农户 %1 已被删除。</translation>
    </message>
    <message>
        <source>The ID number %1 is already the cadre %2&apos;s.</source>
        <translation>身份证号 %1 已是干部 %2 的身份证号。</translation>
    </message>
    <message>
        <source>The rank %1 is not one of the county&apos;s ranks; choose one from the list.</source>
        <translation>职级“%1”不在本县的职级表中，请从列表中选择。</translation>
    </message>
    <message>
        <source>The cadre %1 (%2) may hold %3 households and holds %4; pairing %5 more goes over the cap. Give a reason to go over it.</source>
        <translation>干部 %1（%2）最多联系 %3 户，现已联系 %4 户；再结对 %5 户将超过上限。如确需超出，请填写原因。</translation>
    </message>
    <message>
        <source>A work team is sent to an administrative village; choose one.</source>
        <translation>驻村工作队派驻到行政村，请选择一个行政村。</translation>
    </message>
    <message>
        <source>%1 is not a category of assistance measures.</source>
        <translation>%1 不是帮扶措施类别。</translation>
    </message>
    <message>
        <source>There is no assistance unit %1 in the county.</source>
        <translation>本县没有编号为 %1 的帮扶单位。</translation>
    </message>
    <message>
        <source>There is no project %1 in the county.</source>
        <translation>本县没有编号为 %1 的项目。</translation>
    </message>
    <message>
        <source>The cadre already serves in this work team.</source>
        <translation>该干部已是本工作队队员。</translation>
    </message>
</context>
<context>
    <name>ForcesCommands</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>以 JSON 格式输出，而不是文本。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Only cadres whose name, phone, ID number, unit or post contains TEXT.</source>
        <translation>只列出姓名、电话、身份证号、单位或职务包含 TEXT 的干部。</translation>
    </message>
    <message>
        <source>Households without a current responsible cadre.</source>
        <translation>当前没有帮扶责任人的农户。</translation>
    </message>
    <message>
        <source>Cadres holding more households than their cap.</source>
        <translation>联系户数超过上限的干部。</translation>
    </message>
    <message>
        <source>The cadre&apos;s number or phone.</source>
        <translation>干部编号或电话。</translation>
    </message>
    <message>
        <source>A household code; give it once per household.</source>
        <translation>户编号；每户给出一次。</translation>
    </message>
    <message>
        <source>The day the pairing starts (default today).</source>
        <translation>结对开始日期（默认今天）。</translation>
    </message>
    <message>
        <source>Why the cadre may go over their cap.</source>
        <translation>干部超出联系户上限的原因。</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as 2024-03-01.</source>
        <translation>%1 不是日期，请写成 2024-03-01 的形式。</translation>
    </message>
    <message>
        <source>Give the cadre with --cadre and the households with --household CODE.</source>
        <translation>请用 --cadre 给出干部，用 --household 户编号 给出农户。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) paired.</source>
        <translation>
            <numerusform>已结对 %n 户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only visits on or after this day.</source>
        <translation>只列出该日及以后的走访。</translation>
    </message>
    <message>
        <source>  units --db FILE [--json]                          assistance units
  cadres --db FILE [--search TEXT] [--json]         cadres with their households and cap
  pairings --db FILE [--unassigned] [--over-cap] [--json]
                                                    households without a cadre, cadres over the cap
  pair --db FILE --cadre ID_OR_PHONE --household CODE... [--date D] [--reason TEXT]
                                                    pair households with a responsible cadre
  visits --db FILE [--since DATE] [--json]          visits, newest first</source>
        <translation>  units --db FILE [--json]                          帮扶单位
  cadres --db FILE [--search TEXT] [--json]         帮扶干部及其联系户数和上限
  pairings --db FILE [--unassigned] [--over-cap] [--json]
                                                    未落实帮扶责任人的农户、联系户数超上限的干部
  pair --db FILE --cadre 编号或电话 --household 户编号... [--date D] [--reason TEXT]
                                                    为农户结对帮扶责任人
  visits --db FILE [--since DATE] [--json]          走访记录，最新的在前</translation>
    </message>
</context>
<context>
    <name>ForcesLists</name>
    <message>
        <source>Division %1 does not exist.</source>
        <translation>区划 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no cadre %1 in the county (give the cadre&apos;s number or phone).</source>
        <translation>本县没有干部 %1（请给出干部编号或电话）。</translation>
    </message>
    <message>
        <source>More than one cadre has the phone %1; give the cadre&apos;s number.</source>
        <translation>有多名干部使用电话 %1，请给出干部编号。</translation>
    </message>
</context>
<context>
    <name>ForcesPage</name>
    <message>
        <source>&amp;Reminders</source>
        <translation>提醒清单(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cadres</source>
        <translation>帮扶干部(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>帮扶单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Work teams</source>
        <translation>驻村工作队(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;By unit and form</source>
        <translation>按单位统计(&amp;B)</translation>
    </message>
    <message>
        <source>Assistance forces</source>
        <translation>帮扶力量</translation>
    </message>
    <message>
        <source>F</source>
        <comment>the one character on the assistance forces area&apos;s icon</comment>
        <translation>帮</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>结对帮扶</translation>
    </message>
</context>
<context>
    <name>ForcesPanel</name>
    <message>
        <source>Nothing to list here.</source>
        <translation>这里暂无可列出的内容。</translation>
    </message>
</context>
<context>
    <name>ForcesWriteCommands</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Give the household&apos;s code with --household CODE.</source>
        <translation>请用 --household CODE 给出户编号。</translation>
    </message>
    <message>
        <source>Give the cadre with --cadre ID_OR_PHONE.</source>
        <translation>请用 --cadre 编号或电话 给出干部。</translation>
    </message>
    <message>
        <source>The unit&apos;s name.</source>
        <translation>单位名称。</translation>
    </message>
    <message>
        <source>The form of assistance (assistance_form code).</source>
        <translation>帮扶形式（assistance_form 代码）。</translation>
    </message>
    <message>
        <source>The unit&apos;s level (unit_level code).</source>
        <translation>单位级别（unit_level 代码）。</translation>
    </message>
    <message>
        <source>East–West cooperation: the paired province or city.</source>
        <translation>东西部协作：结对的省或市。</translation>
    </message>
    <message>
        <source>Enterprise assistance: state or private.</source>
        <translation>企业帮扶：state（国有）或 private（民营）。</translation>
    </message>
    <message>
        <source>The contact person.</source>
        <translation>联系人。</translation>
    </message>
    <message>
        <source>The contact&apos;s phone.</source>
        <translation>联系人电话。</translation>
    </message>
    <message>
        <source>The unit&apos;s number.</source>
        <translation>单位编号。</translation>
    </message>
    <message>
        <source>Saved unit %1 (%2).</source>
        <translation>已保存单位 %1（%2）。</translation>
    </message>
    <message>
        <source>The record&apos;s number.</source>
        <translation>记录编号。</translation>
    </message>
    <message>
        <source>Unit %1 is active.</source>
        <translation>单位 %1 已启用。</translation>
    </message>
    <message>
        <source>Unit %1 is inactive.</source>
        <translation>单位 %1 已停用。</translation>
    </message>
    <message>
        <source>Cadre %1 is active.</source>
        <translation>干部 %1 已启用。</translation>
    </message>
    <message>
        <source>Cadre %1 is inactive.</source>
        <translation>干部 %1 已停用。</translation>
    </message>
    <message>
        <source>Why it is deleted.</source>
        <translation>删除原因。</translation>
    </message>
    <message>
        <source>Deleted unit %1.</source>
        <translation>已删除单位 %1。</translation>
    </message>
    <message>
        <source>The cadre&apos;s name.</source>
        <translation>干部姓名。</translation>
    </message>
    <message>
        <source>The sex code (1 male, 2 female).</source>
        <translation>性别代码（1 男，2 女）。</translation>
    </message>
    <message>
        <source>The resident ID number.</source>
        <translation>居民身份证号码。</translation>
    </message>
    <message>
        <source>The political status code.</source>
        <translation>政治面貌代码。</translation>
    </message>
    <message>
        <source>The number of the unit the cadre comes from (0 for none).</source>
        <translation>干部所在单位的编号（无则为 0）。</translation>
    </message>
    <message>
        <source>The cadre&apos;s post.</source>
        <translation>干部职务。</translation>
    </message>
    <message>
        <source>The rank, which sets the cap of households.</source>
        <translation>职级，决定可结对的户数上限。</translation>
    </message>
    <message>
        <source>The cadre&apos;s phone.</source>
        <translation>干部电话。</translation>
    </message>
    <message>
        <source>The cadre is a first secretary (第一书记).</source>
        <translation>该干部是第一书记。</translation>
    </message>
    <message>
        <source>The cadre&apos;s number.</source>
        <translation>干部编号。</translation>
    </message>
    <message>
        <source>Saved cadre %1 (%2).</source>
        <translation>已保存干部 %1（%2）。</translation>
    </message>
    <message>
        <source>The household&apos;s code.</source>
        <translation>户编号。</translation>
    </message>
    <message>
        <source>The measure&apos;s category (measure_category code).</source>
        <translation>措施类别（measure_category 代码）。</translation>
    </message>
    <message>
        <source>What the measure is.</source>
        <translation>措施内容。</translation>
    </message>
    <message>
        <source>The day it started, YYYY-MM-DD.</source>
        <translation>开始日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The money it brought, in yuan (0 when not given).</source>
        <translation>带来的资金（元；不给出则为 0）。</translation>
    </message>
    <message>
        <source>The number of the project it comes from.</source>
        <translation>来源项目的编号。</translation>
    </message>
    <message>
        <source>The cadre who brought it: number or phone.</source>
        <translation>落实措施的干部：编号或电话。</translation>
    </message>
    <message>
        <source>The number of the unit that brought it.</source>
        <translation>落实措施的单位编号。</translation>
    </message>
    <message>
        <source>What it achieved (帮扶成效).</source>
        <translation>帮扶成效。</translation>
    </message>
    <message>
        <source>The measure&apos;s number.</source>
        <translation>措施编号。</translation>
    </message>
    <message>
        <source>Saved measure %1.</source>
        <translation>已保存措施 %1。</translation>
    </message>
    <message>
        <source>Deleted measure %1.</source>
        <translation>已删除措施 %1。</translation>
    </message>
    <message>
        <source>Deleted visit %1.</source>
        <translation>已删除走访 %1。</translation>
    </message>
    <message>
        <source>The photo %1 cannot be read: %2</source>
        <translation>无法读取照片 %1：%2</translation>
    </message>
    <message>
        <source>The cadre who led the visit: number or phone.</source>
        <translation>带队走访的干部：编号或电话。</translation>
    </message>
    <message>
        <source>A cadre who went along: number or phone; give it once per cadre.</source>
        <translation>同行的干部：编号或电话；每人给一次。</translation>
    </message>
    <message>
        <source>The day of the visit, YYYY-MM-DD.</source>
        <translation>走访日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>What the visit found.</source>
        <translation>走访发现的情况。</translation>
    </message>
    <message>
        <source>What was done or agreed.</source>
        <translation>采取或商定的措施。</translation>
    </message>
    <message>
        <source>The day of the planned follow-up.</source>
        <translation>计划回访日期。</translation>
    </message>
    <message>
        <source>A JPEG or PNG photo of at most 500 KB; give it once per photo.</source>
        <translation>不超过 500 KB 的 JPEG 或 PNG 照片；每张给一次。</translation>
    </message>
    <message>
        <source>Saved visit %1.</source>
        <translation>已保存走访 %1。</translation>
    </message>
    <message>
        <source>The code of the village the team serves.</source>
        <translation>工作队驻村的村代码。</translation>
    </message>
    <message>
        <source>The number of the sending unit (0 for none).</source>
        <translation>派出单位编号（无则为 0）。</translation>
    </message>
    <message>
        <source>The day the team starts, YYYY-MM-DD (default today).</source>
        <translation>工作队进驻日期，YYYY-MM-DD（默认今天）。</translation>
    </message>
    <message>
        <source>No division in %1 has the code %2.</source>
        <translation>%1 中没有代码为 %2 的区划。</translation>
    </message>
    <message>
        <source>Saved work team %1.</source>
        <translation>已保存驻村工作队 %1。</translation>
    </message>
    <message>
        <source>The work team&apos;s number.</source>
        <translation>工作队编号。</translation>
    </message>
    <message>
        <source>The cadre: number or phone.</source>
        <translation>干部：编号或电话。</translation>
    </message>
    <message>
        <source>member, leader or first_secretary (default member).</source>
        <translation>member（队员）、leader（队长）或 first_secretary（第一书记），默认 member。</translation>
    </message>
    <message>
        <source>Added the cadre to work team %1 (membership %2).</source>
        <translation>已将干部加入工作队 %1（队员记录 %2）。</translation>
    </message>
    <message>
        <source>The membership&apos;s number.</source>
        <translation>队员记录编号。</translation>
    </message>
    <message>
        <source>Why the cadre leaves the team.</source>
        <translation>干部离队原因。</translation>
    </message>
    <message>
        <source>Removed membership %1.</source>
        <translation>已移除队员记录 %1。</translation>
    </message>
    <message>
        <source>The visit&apos;s number.</source>
        <translation>走访编号。</translation>
    </message>
    <message>
        <source>The photo&apos;s number.</source>
        <translation>照片编号。</translation>
    </message>
    <message>
        <source>Removed photo %1.</source>
        <translation>已删除照片 %1。</translation>
    </message>
    <message>
        <source>Unknown measures command &quot;%1&quot;; see &quot;fupin-cli measures --help&quot;.</source>
        <translation>未知的 measures 命令“%1”；参见“fupin-cli measures --help”。</translation>
    </message>
    <message>
        <source>Unknown teams command &quot;%1&quot;; see &quot;fupin-cli teams --help&quot;.</source>
        <translation>未知的 teams 命令“%1”；参见“fupin-cli teams --help”。</translation>
    </message>
    <message>
        <source>The rank (cadre_rank).</source>
        <translation>职级（cadre_rank）。</translation>
    </message>
    <message>
        <source>The most households a cadre of the rank holds.</source>
        <translation>该职级干部最多结对的户数。</translation>
    </message>
    <message>
        <source>Give the cap with --max N.</source>
        <translation>请用 --max N 给出上限。</translation>
    </message>
    <message numerus="yes">
        <source>A cadre of rank %1 holds at most %n household(s).</source>
        <translation>
            <numerusform>%1 职级的干部最多结对 %n 户。</numerusform>
        </translation>
    </message>
    <message>
        <source>  units add --db FILE --name N --form CODE --level CODE [--paired-region R] [--ownership state|private]
       [--contact NAME] [--phone P] [--json]       a new assistance unit
  units edit --db FILE --id N [the fields of add]   changes a unit&apos;s fields
  units activate|deactivate --db FILE --id N        marks a unit active or inactive
  units delete --db FILE --id N --reason TEXT       removes a unit no record uses
  cadres add --db FILE --name N --id-number ID --rank R [--sex C] [--political C] [--unit N]
       [--post P] [--phone P] [--first-secretary] [--json]
                                                    a new cadre
  cadres edit --db FILE --id N [the fields of add]  changes a cadre&apos;s fields
  cadres activate|deactivate --db FILE --id N       marks a cadre active or inactive
  rank-cap --db FILE --rank R --max N               the cap of households for a rank
  measures list --db FILE --household CODE [--json]
                                                    a household&apos;s assistance measures
  measures add --db FILE --household CODE --category C --start DATE [--description T]
       [--amount YUAN] [--project N] [--cadre ID_OR_PHONE] [--unit N] [--result T] [--json]
                                                    a new assistance measure
  measures edit --db FILE --id N [the fields of add]
                                                    changes a measure
  measures delete --db FILE --id N --reason TEXT    removes a measure entered by mistake
  visits add --db FILE --household CODE --cadre ID_OR_PHONE --date DATE [--with ID_OR_PHONE]...
       [--findings T] [--actions T] [--follow-up DATE] [--photo FILE]... [--json]
                                                    records a visit
  visits edit --db FILE --id N [the fields of add] [--json]
                                                    changes a visit; --photo adds photos
  visits delete --db FILE --id N --reason TEXT      removes a visit and its photos
  visits photos --db FILE --id N [--json]           a visit&apos;s photos by number
  visits remove-photo --db FILE --photo N           takes a photo off its visit
  teams list --db FILE [--json]                     village work teams and their members
  teams add --db FILE --village CODE [--unit N] [--start DATE] [--json]
                                                    a new village work team
  teams add-member --db FILE --team N --cadre ID_OR_PHONE [--role member|leader|first_secretary]
       [--json]                                     a cadre joins a work team
  teams remove-member --db FILE --id N --reason TEXT
                                                    a cadre leaves a work team
  (these also read their fields from a JSON object with --input FILE, named as the options;
   amounts as &quot;amount_fen&quot;: 100000 or &quot;amount&quot;: &quot;1000.00&quot;)</source>
        <translation>  units add --db FILE --name N --form CODE --level CODE [--paired-region R] [--ownership state|private]
       [--contact NAME] [--phone P] [--json]       新增帮扶单位
  units edit --db FILE --id N [the fields of add]   修改单位的字段
  units activate|deactivate --db FILE --id N        启用或停用单位
  units delete --db FILE --id N --reason TEXT       删除没有记录使用的单位
  cadres add --db FILE --name N --id-number ID --rank R [--sex C] [--political C] [--unit N]
       [--post P] [--phone P] [--first-secretary] [--json]
                                                    新增帮扶干部
  cadres edit --db FILE --id N [the fields of add]  修改干部的字段
  cadres activate|deactivate --db FILE --id N       启用或停用干部
  rank-cap --db FILE --rank R --max N               某职级可结对的户数上限
  measures list --db FILE --household CODE [--json]
                                                    一户的帮扶措施
  measures add --db FILE --household CODE --category C --start DATE [--description T]
       [--amount YUAN] [--project N] [--cadre ID_OR_PHONE] [--unit N] [--result T] [--json]
                                                    新增帮扶措施
  measures edit --db FILE --id N [the fields of add]
                                                    修改帮扶措施
  measures delete --db FILE --id N --reason TEXT    删除录错的措施
  visits add --db FILE --household CODE --cadre ID_OR_PHONE --date DATE [--with ID_OR_PHONE]...
       [--findings T] [--actions T] [--follow-up DATE] [--photo FILE]... [--json]
                                                    登记一次走访
  visits edit --db FILE --id N [the fields of add] [--json]
                                                    修改走访；--photo 添加照片
  visits delete --db FILE --id N --reason TEXT      删除走访及其照片
  visits photos --db FILE --id N [--json]           走访的照片及编号
  visits remove-photo --db FILE --photo N           从走访中删除一张照片
  teams list --db FILE [--json]                     驻村工作队及其队员
  teams add --db FILE --village CODE [--unit N] [--start DATE] [--json]
                                                    新增驻村工作队
  teams add-member --db FILE --team N --cadre ID_OR_PHONE [--role member|leader|first_secretary]
       [--json]                                     干部加入工作队
  teams remove-member --db FILE --id N --reason TEXT
                                                    干部离开工作队
  （以上命令也可用 --input FILE 从 JSON 对象读取各字段，字段名同选项名；
   金额写作 &quot;amount_fen&quot;: 100000 或 &quot;amount&quot;: &quot;1000.00&quot;）</translation>
    </message>
</context>
<context>
    <name>FundLedger</name>
    <message>
        <source>Receipt</source>
        <translation>到账</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>资金分配</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>资金拨付</translation>
    </message>
    <message>
        <source>%1 %2 is itself a reversal and cannot be reversed; enter the correct entry anew.</source>
        <translation>%1 %2 本身是冲销记录，不能再冲销；请重新录入正确的记录。</translation>
    </message>
    <message>
        <source>%1 %2 has already been reversed by entry %3.</source>
        <translation>%1 %2 已被记录 %3 冲销。</translation>
    </message>
    <message>
        <source>Give the reason for reversing %1 %2.</source>
        <translation>请填写冲销%1 %2的原因。</translation>
    </message>
    <message>
        <source>A reversal cannot be dated before the entry it reverses (%1).</source>
        <translation>冲销日期不能早于被冲销记录的日期（%1）。</translation>
    </message>
    <message>
        <source>Enter the date of the %1.</source>
        <translation>请填写%1的日期。</translation>
    </message>
    <message>
        <source>Enter the voucher number (凭证号) of the %1.</source>
        <translation>请填写%1的凭证号。</translation>
    </message>
    <message>
        <source>The amount of a %1 must be more than 0.00 yuan.</source>
        <translation>%1金额必须大于 0.00 元。</translation>
    </message>
    <message>
        <source>Allocation %1 does not exist; a payment is made out of an allocation to a project.</source>
        <translation>资金分配记录 %1 不存在；拨付须从分配到项目的资金中支出。</translation>
    </message>
    <message>
        <source>Allocation %1 is a reversal; pay out of the allocation itself.</source>
        <translation>资金分配记录 %1 是冲销记录；请从原分配记录中拨付。</translation>
    </message>
    <message>
        <source>A payment cannot be dated before the allocation it is paid from (%1).</source>
        <translation>拨付日期不能早于所用资金的分配日期（%1）。</translation>
    </message>
    <message>
        <source>Enter who the payment goes to (a household or a contractor).</source>
        <translation>请填写收款方（农户或承建单位）。</translation>
    </message>
    <message>
        <source>Household %1 does not exist.</source>
        <translation>农户 %1 不存在。</translation>
    </message>
    <message>
        <source>Fund source %1 does not exist.</source>
        <translation>资金来源 %1 不存在。</translation>
    </message>
    <message>
        <source>Project %1 does not exist.</source>
        <translation>项目 %1 不存在。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is %2: funds are allocated to and paid for approved projects only, and never for cancelled ones.</source>
        <translation>项目“%1”的状态为 %2：资金只能分配和拨付给已批复的项目，已取消的项目不能安排资金。</translation>
    </message>
    <message>
        <source>Refused: allocated would exceed received for the fund source &quot;%1&quot;. From %2 on, at most %3 yuan of it is unallocated, and this needs %4 yuan.</source>
        <translation>已拒绝：资金来源“%1”的已分配金额将超过到账金额。自 %2 起，该来源最多还有 %3 元未分配，本次需要 %4 元。</translation>
    </message>
    <message>
        <source>Refused: disbursed would exceed allocated for the project &quot;%1&quot;. From %2 on, at most %3 yuan of its allocations is unpaid, and this needs %4 yuan.</source>
        <translation>已拒绝：项目“%1”的已拨付金额将超过已分配金额。自 %2 起，该项目最多还有 %3 元未拨付，本次需要 %4 元。</translation>
    </message>
    <message>
        <source>Refused: disbursed would exceed what the fund source &quot;%1&quot; allocated to the project &quot;%2&quot;. From %3 on, at most %4 yuan of it is unpaid, and this needs %5 yuan.</source>
        <translation>已拒绝：已拨付金额将超过资金来源“%1”分配给项目“%2”的金额。自 %3 起，最多还有 %4 元未拨付，本次需要 %5 元。</translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 不存在。</translation>
    </message>
    <message>
        <source>(no assistance unit)</source>
        <translation>（无帮扶单位）</translation>
    </message>
    <message>
        <source>Fund source %1: on %2 allocated exceeds received by %3 yuan.</source>
        <translation>资金来源 %1：%2 已分配金额超过到账金额 %3 元。</translation>
    </message>
    <message>
        <source>Project %1: on %2 disbursed exceeds allocated by %3 yuan.</source>
        <translation>项目 %1：%2 已拨付金额超过已分配金额 %3 元。</translation>
    </message>
    <message>
        <source>Project %1, fund source %2: on %3 disbursed exceeds allocated by %4 yuan.</source>
        <translation>项目 %1，资金来源 %2：%3 已拨付金额超过已分配金额 %4 元。</translation>
    </message>
    <message>
        <source>The amount of a %1 can be at most %2 yuan.</source>
        <translation>%1的金额最多为 %2 元。</translation>
    </message>
    <message>
        <source>Refused: allocation %1 was reversed by allocation %2, so no payment can be made out of it. Pay out of a standing allocation to the project.</source>
        <translation>拒绝：拨付 %1 已被拨付 %2 冲销，不能再从中支付。请从该项目仍有效的拨付中支付。</translation>
    </message>
    <message>
        <source>The ledger&apos;s sums overflow.</source>
        <translation>资金台账的合计溢出。</translation>
    </message>
</context>
<context>
    <name>FundSourceChecks</name>
    <message>
        <source>Give the fund source a name.</source>
        <translation>请填写资金来源名称。</translation>
    </message>
    <message>
        <source>Choose the type of the fund source.</source>
        <translation>请选择资金来源类型。</translation>
    </message>
    <message>
        <source>The year of the fund source must be between 2000 and 2100.</source>
        <translation>资金来源年度须在 2000 至 2100 之间。</translation>
    </message>
</context>
<context>
    <name>FundTotalsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Received (yuan)</source>
        <translation>到账（元）</translation>
    </message>
    <message>
        <source>Allocated (yuan)</source>
        <translation>已分配（元）</translation>
    </message>
    <message>
        <source>Disbursed (yuan)</source>
        <translation>已拨付（元）</translation>
    </message>
    <message>
        <source>Not yet allocated</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Not yet disbursed</source>
        <translation>未拨付</translation>
    </message>
</context>
<context>
    <name>FundsCommands</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>以 JSON 格式输出，而不是文本。</translation>
    </message>
    <message>
        <source>The date (YYYY-MM-DD); today when not given.</source>
        <translation>日期（YYYY-MM-DD），不填则为今天。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期，请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>  ledger --db FILE [--source ID] [--project ID] [--as-of DATE] [--json]
                                                    fund balances by source and project, reconciled
  projects --db FILE [--year Y] [--status S] [--json] the project library
  loans --db FILE [--overdue] [--due-within DAYS] [--as-of DATE] [--json]
                                                    microcredit loans overdue or due soon</source>
        <translation>  ledger --db FILE [--source ID] [--project ID] [--as-of DATE] [--json]
                                                    按资金来源和项目列出资金余额并核对
  projects --db FILE [--year Y] [--status S] [--json] 项目库
  loans --db FILE [--overdue] [--due-within DAYS] [--as-of DATE] [--json]
                                                    逾期或即将到期的扶贫小额信贷</translation>
    </message>
    <message>
        <source>Only this fund source.</source>
        <translation>只看这个资金来源。</translation>
    </message>
    <message>
        <source>Only this project.</source>
        <translation>只看这个项目。</translation>
    </message>
    <message>
        <source>Fund ledger as of %1: received %2, allocated %3, disbursed %4 yuan.</source>
        <translation>截至 %1 的资金台账：到账 %2 元，已分配 %3 元，已拨付 %4 元。</translation>
    </message>
    <message>
        <source>source %1 %2: received %3, allocated %4, disbursed %5</source>
        <translation>资金来源 %1 %2：到账 %3，已分配 %4，已拨付 %5</translation>
    </message>
    <message>
        <source>project %1 %2: allocated %3, disbursed %4</source>
        <translation>项目 %1 %2：已分配 %3，已拨付 %4</translation>
    </message>
    <message>
        <source>The ledger reconciles to the fen.</source>
        <translation>台账账目相符，精确到分。</translation>
    </message>
    <message>
        <source>The ledger does not reconcile:
%1</source>
        <translation>台账账目不符：
%1</translation>
    </message>
    <message>
        <source>Only projects of this year.</source>
        <translation>只看该年度的项目。</translation>
    </message>
    <message>
        <source>Only projects in this status (proposed, in_library, approved, tendering, in_progress, completed, accepted, announced, cancelled).</source>
        <translation>只看该状态的项目（proposed 申报、in_library 已入库、approved 已批复、tendering 招标采购、in_progress 实施中、completed 已完工、accepted 已验收、announced 已公告、cancelled 已取消）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>“%1”不是年度。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project status.</source>
        <translation>“%1”不是项目状态。</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4, %5): budget %6, allocated %7, disbursed %8</source>
        <translation>%1 %2（%3，%4，%5）：预算 %6，已分配 %7，已拨付 %8</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s).</source>
        <translation>
            <numerusform>共 %n 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loans past their due date and not repaid.</source>
        <translation>已过到期日且未还清的贷款。</translation>
    </message>
    <message>
        <source>Loans due within this many days.</source>
        <translation>在这么多天内到期的贷款。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days.</source>
        <translation>“%1”不是天数。</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4): %5 of %6 yuan owed, due %7</source>
        <translation>%1 %2 %3（%4）：%6 元中尚欠 %5 元，%7 到期</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s).</source>
        <translation>
            <numerusform>共 %n 笔贷款。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <source>By fund source</source>
        <translation>按资金来源</translation>
    </message>
    <message>
        <source>By type of fund</source>
        <translation>按资金类型</translation>
    </message>
    <message>
        <source>By form of assistance</source>
        <translation>按帮扶形式</translation>
    </message>
    <message>
        <source>By assistance unit</source>
        <translation>按帮扶单位</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>按项目</translation>
    </message>
    <message>
        <source>By village or township</source>
        <translation>按村或乡镇</translation>
    </message>
    <message>
        <source>By household</source>
        <translation>按农户</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Every source and every project reconciles to the fen.</source>
        <translation>每个资金来源和每个项目账目相符，精确到分。</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) or project(s) do not reconcile.</source>
        <translation>
            <numerusform>有 %n 个资金来源或项目账目不符。</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1: received %2 yuan, allocated %3 yuan, disbursed %4 yuan. %5</source>
        <translation>截至 %1：到账 %2 元，已分配 %3 元，已拨付 %4 元。%5</translation>
    </message>
    <message>
        <source>Entered in the ledger.</source>
        <translation>已记入台账。</translation>
    </message>
    <message>
        <source>Choose the entry to reverse in the list of entries first.</source>
        <translation>请先在明细中选择要冲销的记录。</translation>
    </message>
    <message>
        <source>The entry was reversed.</source>
        <translation>该记录已冲销。</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>截至(&amp;O)：</translation>
    </message>
    <message>
        <source>Totals by</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>台账记录</translation>
    </message>
    <message>
        <source>¥</source>
        <comment>the one character on the funds area&apos;s icon</comment>
        <translation>资</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>资金台账(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Microcredit</source>
        <translation>小额信贷(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Receipt…</source>
        <translation>资金到账(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation>分配资金(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Pay out…</source>
        <translation>拨付资金(&amp;P)…</translation>
    </message>
    <message>
        <source>Rever&amp;se…</source>
        <translation>冲销(&amp;S)…</translation>
    </message>
    <message>
        <source>Fund ledger</source>
        <translation>资金台账</translation>
    </message>
</context>
<context>
    <name>GoalsGrid</name>
    <message>
        <source>Annual goals</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Save Goals</source>
        <translation>保存目标(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>撤销修改(&amp;R)</translation>
    </message>
    <message>
        <source>Type numbers of households per month, or paste a block copied from a spreadsheet (Ctrl+V). Grey rows are set by another level; the rows in italics add up the divisions below, with the difference from the goal above them in brackets.</source>
        <translation>逐月输入户数，或粘贴从电子表格复制的一块单元格（Ctrl+V）。灰色行由其他层级设置；斜体行是下级区划的合计，括号内是与上方目标的差额。</translation>
    </message>
    <message>
        <source>Save or revert the goals of %1 before choosing another year.</source>
        <translation>请先保存或撤销 %1 年目标的修改，再选择其他年度。</translation>
    </message>
    <message>
        <source>Goal of %1: %2</source>
        <translation>%1 年目标：%2</translation>
    </message>
    <message>
        <source>The county file is open read-only.</source>
        <translation>县数据文件以只读方式打开。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n goal(s) of %1.</source>
        <translation>
            <numerusform>已保存 %1 年的 %n 项目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the cell to paste at first.</source>
        <translation>请先选择要粘贴的单元格。</translation>
    </message>
    <message>
        <source>Save or revert the changes before choosing another year.</source>
        <translation>请先保存或撤销修改，再选择其他年度。</translation>
    </message>
</context>
<context>
    <name>GoalsTableModel</name>
    <message>
        <source>A sum of the goals below; change those goals instead.</source>
        <translation>这是下级目标的合计，请修改下级目标。</translation>
    </message>
    <message>
        <source>“%1” is not a number of households or people.</source>
        <translation>“%1”不是户数或人数。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>There is no such cell.</source>
        <translation>没有这个单元格。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>The clipboard holds no cells to paste.</source>
        <translation>剪贴板中没有可粘贴的单元格。</translation>
    </message>
    <message numerus="yes">
        <source>The block has %n row(s) of goals, more than there are from this row down; nothing was pasted.</source>
        <translation>
            <numerusform>粘贴内容有 %n 行，超过从此行往下的目标行数；未粘贴任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The block is %n column(s) wide, wider than the grid from this column; nothing was pasted.</source>
        <translation>
            <numerusform>粘贴内容有 %n 列，超过从此列往右的列数；未粘贴任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2 Nothing was pasted.</source>
        <translation>%1不能修改：%2 未粘贴任何内容。</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was pasted.</source>
        <translation>%1：%2 未粘贴任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>清除 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>The townships of %1</source>
        <translation>%1各乡镇</translation>
    </message>
    <message>
        <source>The villages of %1</source>
        <translation>%1各村</translation>
    </message>
    <message>
        <source> add up to the figures of this row; each difference from the goal of %1 is in brackets.</source>
        <translation>的合计见本行；与%1目标的差额在括号内。</translation>
    </message>
    <message>
        <source>%1 add up to %2, as the goal of %3.</source>
        <translation>%1合计 %2，与%3的目标一致。</translation>
    </message>
    <message>
        <source>%1 add up to %2, %3 %4 than the goal of %5 (%6).</source>
        <translation>%1合计 %2，比%5的目标（%6）%4 %3。</translation>
    </message>
    <message>
        <source>more</source>
        <translation>多</translation>
    </message>
    <message>
        <source>fewer</source>
        <translation>少</translation>
    </message>
    <message numerus="yes">
        <source>Sum of the %n township(s)</source>
        <translation>
            <numerusform>%n 个乡镇合计</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sum of the %n village(s)</source>
        <translation>
            <numerusform>%n 个村合计</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The months plan %1 household(s), %2 than the year&apos;s %3: make the timetable add up before saving, or clear the months.</source>
        <translation>各月计划 %1 户，比全年目标 %3 户%2：保存前请使各月合计等于全年目标，或清空各月。</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>区划</translation>
    </message>
    <message>
        <source>Month %1</source>
        <comment>a column of the goals grid: households planned in that month</comment>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>全年户数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>全年人数</translation>
    </message>
    <message>
        <source>Households planned in month %1 alone (not a running total).</source>
        <translation>计划在 %1 月完成的户数（当月数，不是累计数）。</translation>
    </message>
    <message>
        <source>The year&apos;s goal in households; it follows the months while they add up to it.</source>
        <translation>全年目标户数；各月合计与之相等时随各月变化。</translation>
    </message>
    <message>
        <source>The year&apos;s goal in people.</source>
        <translation>全年目标人数。</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>Change history</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Re&amp;vert this change</source>
        <translation>撤回此修改(&amp;V)</translation>
    </message>
    <message>
        <source>Save or undo your changes first.</source>
        <translation>请先保存或撤销您的修改。</translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation>撤回修改</translation>
    </message>
    <message>
        <source>Set %1 back to &quot;%2&quot;? This is recorded as a new change.</source>
        <translation>将 %1 改回“%2”吗？此操作将记为一次新的修改。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> ...</source>
        <translation> ……</translation>
    </message>
</context>
<context>
    <name>HouseholdCardPainter</name>
    <message>
        <source>Cards can only be printed by a program that lays text out with fonts.</source>
        <translation>只有能使用字体排版文字的程序才能打印明白卡。</translation>
    </message>
    <message>
        <source>The font %1 the cards are printed in is not installed; install the package fonts-noto-cjk (Noto CJK) and print again.</source>
        <translation>未安装打印明白卡所用的字体 %1；请安装软件包 fonts-noto-cjk（思源/Noto CJK 字体）后重新打印。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a yes/no box&apos;s label and its remark</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <comment>a card&apos;s title on its next pages</comment>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>County: %1</source>
        <translation>县：%1</translation>
    </message>
    <message>
        <source>Township: %1</source>
        <translation>乡镇：%1</translation>
    </message>
    <message>
        <source>Village: %1</source>
        <translation>村：%1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>组：%1</translation>
    </message>
    <message>
        <source>Household code: %1</source>
        <translation>户编号：%1</translation>
    </message>
    <message>
        <source>Supervision phone: %1</source>
        <translation>监督电话：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <comment>a page of one card</comment>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>贫困户属性</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>脱贫状态</translation>
    </message>
    <message>
        <source>Identified in</source>
        <translation>识别年度</translation>
    </message>
    <message>
        <source>Planned exit</source>
        <translation>计划脱贫年度</translation>
    </message>
    <message>
        <source>Exit year</source>
        <translation>脱贫年度</translation>
    </message>
    <message>
        <source>Poverty causes</source>
        <translation>致贫原因</translation>
    </message>
    <message>
        <source>Farmland (mu)</source>
        <translation>耕地面积（亩）</translation>
    </message>
    <message>
        <source>Returned farmland (mu)</source>
        <translation>退耕还林（亩）</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>（无记录）</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Labour skill</source>
        <translation>劳动技能</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>在校生情况</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>务工情况</translation>
    </message>
    <message>
        <source>Assistance measures and their results in %1</source>
        <translation>%1年帮扶措施 | 帮扶成效</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Assistance measure</source>
        <translation>帮扶措施</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>帮扶成效</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>高于标准</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>低于标准</translation>
    </message>
    <message>
        <source>Per-capita net income %1</source>
        <translation>%1年人均纯收入</translation>
    </message>
    <message>
        <source>Monitoring threshold %1</source>
        <translation>%1年防止返贫监测标准</translation>
    </message>
    <message>
        <source>Poverty line %1</source>
        <translation>%1年扶贫标准</translation>
    </message>
    <message>
        <source>Against the standard</source>
        <translation>对照标准</translation>
    </message>
    <message>
        <source>Responsible cadre</source>
        <translation>帮扶责任人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a work team&apos;s unit and members</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Village work team</source>
        <translation>驻村工作队</translation>
    </message>
    <message>
        <source>First secretary</source>
        <translation>第一书记</translation>
    </message>
    <message>
        <source>Head of household (signature)</source>
        <translation>户主签字：</translation>
    </message>
    <message>
        <source>Responsible cadre (signature)</source>
        <translation>帮扶责任人签字：</translation>
    </message>
    <message>
        <source>First secretary (signature)</source>
        <translation>第一书记签字：</translation>
    </message>
    <message>
        <source>Village Party secretary (signature)</source>
        <translation>村党支部书记签字：</translation>
    </message>
    <message>
        <source>Filled in by:</source>
        <translation>填写人：</translation>
    </message>
    <message>
        <source>Date:          year      month      day</source>
        <translation>日期：        年      月      日</translation>
    </message>
    <message>
        <source>(Stamp)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <comment>a date on a card: year, month, day</comment>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>Printed on %1, print No. %2</source>
        <translation>打印日期：%1&#x3000;印号：%2</translation>
    </message>
    <message>
        <source>Printed on %1 (preview, not logged)</source>
        <translation>打印日期：%1（预览，未登记）</translation>
    </message>
    <message>
        <source>%1 assistance contact card (%2)</source>
        <translation>%1帮扶联系卡（%2年）</translation>
    </message>
    <message>
        <source>%1 policy card (%2)</source>
        <translation>%1政策明白卡（%2年）</translation>
    </message>
    <message>
        <source>%1 income card (%2)</source>
        <translation>%1收入明白卡（%2年）</translation>
    </message>
    <message>
        <source>Measures and benefits enjoyed since identification</source>
        <translation>识别以来享受的帮扶措施和政策</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Policy standards</source>
        <translation>政策标准</translation>
    </message>
    <message>
        <source>Policy standard</source>
        <translation>政策标准</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填写人</translation>
    </message>
    <message>
        <source>No income recorded for %1.</source>
        <translation>尚未登记%1年的收入。</translation>
    </message>
    <message>
        <source>Income in %1</source>
        <translation>%1年收入测算</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>计算公式</translation>
    </message>
    <message>
        <source>Amount (yuan) or people</source>
        <translation>金额（元）或人数</translation>
    </message>
    <message>
        <source>T against the standard</source>
        <translation>T 与标准相比</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Main cause</source>
        <translation>主要致贫原因</translation>
    </message>
    <message>
        <source>Main measures</source>
        <translation>主要帮扶措施</translation>
    </message>
    <message>
        <source>Your assistance contacts</source>
        <translation>帮扶联系人</translation>
    </message>
    <message>
        <source>Print No. %1</source>
        <translation>打印编号 %1</translation>
    </message>
    <message>
        <source>Preview, not logged</source>
        <translation>预览，未登记</translation>
    </message>
</context>
<context>
    <name>HouseholdCardPdf</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF could not be started.</source>
        <translation>无法写入 %1：PDF 无法开始生成。</translation>
    </message>
    <message>
        <source>%1 is not open for writing.</source>
        <translation>%1 未打开，不能写入。</translation>
    </message>
    <message>
        <source>%1 was not written: there is no card to print.</source>
        <translation>未写入 %1：没有可打印的明白卡。</translation>
    </message>
</context>
<context>
    <name>HouseholdCardRun</name>
    <message>
        <source>The print was cancelled: nothing was printed or logged.</source>
        <translation>已取消打印：没有打印，也没有登记。</translation>
    </message>
    <message>
        <source>%1 was not kept: its cards could not be entered in the print log. %2</source>
        <translation>未保留 %1：其明白卡无法登记到打印记录。%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a PDF&apos;s title: the card and the year</comment>
        <translation>%2年%1</translation>
    </message>
</context>
<context>
    <name>HouseholdCards</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a county&apos;s own card title and the year</comment>
        <translation>%1（%2年）</translation>
    </message>
    <message>
        <source>%1 household assistance card (%2)</source>
        <translation>%1精准扶贫明白卡（%2年）</translation>
    </message>
    <message>
        <source>Household %1 is deleted: restore it to print its card.</source>
        <translation>农户 %1 已删除：请先恢复再打印其明白卡。</translation>
    </message>
    <message>
        <source>There is no division with the code &quot;%1&quot; in %2; see `fupin-cli divisions`.</source>
        <translation>%2 中没有代码为“%1”的区划；见 `fupin-cli divisions`。</translation>
    </message>
    <message>
        <source>No cards can be printed for %1: %2</source>
        <translation>不能打印%1的明白卡：%2</translation>
    </message>
    <message>
        <source>Basic medical insurance</source>
        <translation>基本医疗保险</translation>
    </message>
    <message>
        <source>Pension insurance</source>
        <translation>养老保险</translation>
    </message>
    <message>
        <source>Safe drinking water</source>
        <translation>饮水安全</translation>
    </message>
    <message>
        <source>Children out of compulsory school</source>
        <translation>适龄儿童失学辍学</translation>
    </message>
    <message>
        <source>Housing safe</source>
        <translation>住房安全</translation>
    </message>
    <message>
        <source>Dangerous-house renovation</source>
        <translation>危房改造</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>易地扶贫搬迁</translation>
    </message>
    <message>
        <source>Joined a cooperative</source>
        <translation>加入合作社</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <comment>a measure on a card and its start date</comment>
        <translation>%1（%2起）</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <comment>an amount on a card</comment>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Policy benefits</source>
        <translation>政策享受</translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>a benefit&apos;s note on a card</comment>
        <translation>：%1</translation>
    </message>
    <message>
        <source>%1 yuan received</source>
        <comment>a benefit&apos;s amount on a card</comment>
        <translation>已领取 %1 元</translation>
    </message>
    <message>
        <source>If you have suggestions or difficulties, please contact me.</source>
        <translation>如果你有建议或困难请联系我</translation>
    </message>
    <message>
        <source>Microcredit: up to 50,000 yuan for up to 3 years, without guarantee or collateral, interest paid by the county.</source>
        <translation>扶贫小额信贷：5万元以下、3年期以内，免担保免抵押，财政贴息。</translation>
    </message>
    <message>
        <source>Education: two exemptions and one subsidy in compulsory schooling; Rain and Dew Plan (雨露计划) support for vocational students.</source>
        <translation>教育：义务教育阶段“两免一补”；职业教育学生享受雨露计划补助。</translation>
    </message>
    <message>
        <source>Health: basic medical insurance paid for, serious-illness insurance and medical assistance; treatment first, payment after, in the county.</source>
        <translation>健康：资助参加基本医疗保险，享受大病保险和医疗救助；县域内先诊疗后付费。</translation>
    </message>
    <message>
        <source>Housing: dangerous houses (grade C and D) renovated with a subsidy.</source>
        <translation>住房：C级、D级危房给予改造补助。</translation>
    </message>
    <message>
        <source>Social security: subsistence allowance and extreme-poverty support at the county&apos;s standard.</source>
        <translation>社会保障：按本县标准享受低保和特困供养。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a measure and its result on the policy card</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a benefit&apos;s year on the policy card</comment>
        <translation>%1年</translation>
    </message>
</context>
<context>
    <name>HouseholdChecks</name>
    <message>
        <source>Choose the township and village.</source>
        <translation>请选择乡镇和行政村。</translation>
    </message>
    <message>
        <source>The household code is empty.</source>
        <translation>户编号为空。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>联系电话：%1</translation>
    </message>
    <message>
        <source>Choose the household attribute.</source>
        <translation>请选择户属性。</translation>
    </message>
    <message>
        <source>Add the members of the household, the head first.</source>
        <translation>请添加家庭成员，户主在前。</translation>
    </message>
    <message>
        <source>No member is the head of household (户主).</source>
        <translation>没有成员是户主。</translation>
    </message>
    <message>
        <source>%1 members are marked as head; only one can be.</source>
        <translation>有 %1 名成员被标记为户主；户主只能有一名。</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 没有姓名。</translation>
    </message>
    <message>
        <source>%1: choose the relation to the head.</source>
        <translation>%1：请选择与户主关系。</translation>
    </message>
    <message>
        <source>%1 has no ID number.</source>
        <translation>%1 没有身份证号。</translation>
    </message>
    <message>
        <source>%1&apos;s ID number %2: %3</source>
        <translation>%1 的身份证号 %2：%3</translation>
    </message>
    <message>
        <source>%1 and %2 have the same ID number %3.</source>
        <translation>%1 和 %2 的身份证号相同（%3）。</translation>
    </message>
    <message>
        <source>%1: months worked must be 0 to 12.</source>
        <translation>%1：务工时间应为 0 至 12 个月。</translation>
    </message>
    <message>
        <source>Choose the main poverty cause.</source>
        <translation>请选择主要致贫原因。</translation>
    </message>
    <message>
        <source>%1: welfare-job months must be 0 to 12.</source>
        <translation>%1：公益岗位月数应为 0 至 12 个月。</translation>
    </message>
    <message>
        <source>Income in %1: an amount is negative (%2 yuan); amounts cannot be below zero.</source>
        <translation>%1 年收入：有一项金额为负数（%2 元）；金额不能小于零。</translation>
    </message>
    <message>
        <source>Living conditions in %1: an area or distance is negative (%2); it cannot be below zero.</source>
        <translation>%1 年生产生活条件：有一项面积或距离为负数（%2）；不能小于零。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 contains a control or invisible character (U+%2); type it again without it.</source>
        <translation>%1 含有控制字符或不可见字符（U+%2），请去掉后重新输入。</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 太长：%2 个字，最多 %3 个。</translation>
    </message>
    <message>
        <source>%1 must be a year from %2 to %3; it is %4.</source>
        <translation>%1 应为 %2 至 %3 之间的年份，现为 %4。</translation>
    </message>
    <message>
        <source>%1 must be 1 to %2; it is %3.</source>
        <translation>%1 应为 1 至 %2，现为 %3。</translation>
    </message>
    <message>
        <source>%1 is %2 yuan; one amount can be at most %3 yuan.</source>
        <translation>%1 为 %2 元；单项金额最多 %3 元。</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to %2; it is %3.</source>
        <translation>%1 应为 0 至 %2 之间的数，现为 %3。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a code of the county&apos;s list for this field.</source>
        <translation>%1：“%2”不在本县该项的代码表中。</translation>
    </message>
    <message>
        <source>Income in %1</source>
        <translation>%1 年收入</translation>
    </message>
    <message>
        <source>Living conditions in %1</source>
        <translation>%1 年生产生活条件</translation>
    </message>
    <message>
        <source>The household has %1 members; a household can have at most %2.</source>
        <translation>该户有 %1 名成员；一户最多 %2 人。</translation>
    </message>
    <message>
        <source>The household has more than %1 years of income or living conditions.</source>
        <translation>该户的收入或生产生活条件记录超过 %1 年。</translation>
    </message>
    <message>
        <source>The household code &quot;%1&quot; is not %2 digits (the village&apos;s %3-digit code and a serial).</source>
        <translation>户编号“%1”不是 %2 位数字（应为村的 %3 位代码加序号）。</translation>
    </message>
</context>
<context>
    <name>HouseholdCommands</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>以 JSON 格式输出，而不是文本。</translation>
    </message>
    <message>
        <source>Give one household code.</source>
        <translation>请给出一个户编号。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>农户 %1</translation>
    </message>
    <message>
        <source>(deleted; &quot;fupin-cli history&quot; gives the reason)</source>
        <translation>（已删除；删除原因见“fupin-cli history”）</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>所在地：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>住址：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>联系电话：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>户属性：%1</translation>
    </message>
    <message>
        <source>Poverty causes: %1</source>
        <translation>致贫原因：%1</translation>
    </message>
    <message>
        <source>Monitoring category: %1</source>
        <translation>监测类别：%1</translation>
    </message>
    <message>
        <source>Identified: %1; planned exit: %2; exited: %3</source>
        <translation>识别年度：%1；计划脱贫年度：%2；脱贫年度：%3</translation>
    </message>
    <message numerus="yes">
        <source>Members (%n):</source>
        <translation>
            <numerusform>家庭成员（%n 人）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Income recorded for: %1</source>
        <translation>已登记收入的年度：%1</translation>
    </message>
    <message>
        <source>Living conditions recorded for: %1</source>
        <translation>已登记生产生活条件的年度：%1</translation>
    </message>
    <message>
        <source>Revision %1, changed %2 by %3</source>
        <translation>第 %1 版，%2 由 %3 修改</translation>
    </message>
    <message>
        <source>Only within this township, village or group (its code).</source>
        <translation>只在此乡镇、行政村或村民小组内查找（给出其代码）。</translation>
    </message>
    <message>
        <source>At most this many households (default %1).</source>
        <translation>最多列出的户数（默认 %1）。</translation>
    </message>
    <message>
        <source>Search the deleted households instead.</source>
        <translation>改为查找已删除的农户。</translation>
    </message>
    <message>
        <source>Give a member&apos;s name (or part of it), at least %1 digits of an ID number, or the beginning of a household code or phone number.</source>
        <translation>请给出成员姓名（或其中几个字）、身份证号的至少 %1 位，或户编号、联系电话的开头几位。</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1.</source>
        <translation>--limit 必须是 1 到 %1 之间的数。</translation>
    </message>
    <message>
        <source>No division in %1 has the code %2.</source>
        <translation>%1 中没有代码为 %2 的行政区划。</translation>
    </message>
    <message>
        <source>The households of %1 could not be searched.</source>
        <translation>无法在 %1 中查找农户。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found.</source>
        <translation>
            <numerusform>共找到 %n 户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed; --limit lists more.</source>
        <translation>只列出前 %1 户；用 --limit 可列出更多。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is too large to hold one household.</source>
        <translation>文件 %1 太大，不可能只是一户的数据。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not valid JSON (the error is near character %2).</source>
        <translation>文件 %1 不是有效的 JSON（错误在第 %2 个字符附近）。</translation>
    </message>
    <message>
        <source>The file %1 does not hold a household: it should hold one JSON object, as &quot;fupin-cli household show --json&quot; prints it.</source>
        <translation>文件 %1 中不是一户的数据：应为一个 JSON 对象，格式与“fupin-cli household show --json”的输出相同。</translation>
    </message>
    <message>
        <source>The file %1 does not hold a household: %2</source>
        <translation>文件 %1 中不是一户的数据：%2</translation>
    </message>
    <message>
        <source>The household as &quot;household show --json&quot; prints it.</source>
        <translation>农户数据，格式与“household show --json”的输出相同。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Give the household&apos;s file with --json FILE.</source>
        <translation>请用 --json FILE 指定农户数据文件。</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>（无户编号）</translation>
    </message>
    <message>
        <source>Household %1 was not saved:</source>
        <translation>农户 %1 未保存：</translation>
    </message>
    <message>
        <source>Created household %1.</source>
        <translation>已新建农户 %1。</translation>
    </message>
    <message>
        <source>Household %1 is unchanged; nothing was written.</source>
        <translation>农户 %1 没有变化，未写入任何数据。</translation>
    </message>
    <message>
        <source>Saved household %1 (revision %2).</source>
        <translation>已保存农户 %1（第 %2 版）。</translation>
    </message>
    <message>
        <source>Why the household is deleted.</source>
        <translation>删除该户的原因。</translation>
    </message>
    <message>
        <source>Give the reason for deleting the household with --reason.</source>
        <translation>请用 --reason 给出删除该户的原因。</translation>
    </message>
    <message>
        <source>Deleted household %1; &quot;fupin-cli household restore %1&quot; brings it back.</source>
        <translation>已删除农户 %1；用“fupin-cli household restore %1”可以恢复。</translation>
    </message>
    <message>
        <source>Restored household %1.</source>
        <translation>已恢复农户 %1。</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, e.g. 2024-05-01.</source>
        <translation>--%1 的日期格式为 YYYY-MM-DD，例如 2024-05-01。</translation>
    </message>
    <message>
        <source>The step (see &quot;household --help&quot;).</source>
        <translation>步骤（见“household --help”）。</translation>
    </message>
    <message>
        <source>The day of the step, YYYY-MM-DD.</source>
        <translation>步骤的日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>原因。</translation>
    </message>
    <message>
        <source>exit_notice: the first day of the public notice (default: --date).</source>
        <translation>exit_notice：公示开始日期（默认与 --date 相同）。</translation>
    </message>
    <message>
        <source>exit_notice: how many days the notice is posted (default: the county&apos;s).</source>
        <translation>exit_notice：公示天数（默认按本县设置）。</translation>
    </message>
    <message>
        <source>monitor: the monitoring category code.</source>
        <translation>monitor：监测类别代码。</translation>
    </message>
    <message>
        <source>monitor: the risk type codes, separated by commas.</source>
        <translation>monitor：风险类型代码，用逗号分隔。</translation>
    </message>
    <message>
        <source>Give the step with --kind, one of:</source>
        <translation>请用 --kind 给出步骤，可选：</translation>
    </message>
    <message>
        <source>--notice-days must be a number from 1 to 30.</source>
        <translation>--notice-days 必须是 1 到 30 之间的数。</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; for household %2 on %3.</source>
        <translation>已为农户 %2 登记“%1”，日期 %3。</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Unknown household command &quot;%1&quot;.</source>
        <translation>未知的 household 子命令“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>共 %n 条修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>  household SUBCOMMAND --db FILE ...                show, search, save, delete, restore, step (&quot;household --help&quot;)
  history --db FILE CODE [--json]                   a household&apos;s change history</source>
        <translation>  household 子命令 --db FILE ...                    show、search、save、delete、restore、step（见“household --help”）
  history --db FILE CODE [--json]                   一户的修改历史</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>attribute: the new attribute code, e.g. 04 (on subsistence allowance).</source>
        <translation>attribute：新的户属性代码，如 04（低保贫困户）。</translation>
    </message>
    <message>
        <source>Usage: fupin-cli household SUBCOMMAND --db FILE ...
  show CODE [--json]                       one household; --json prints the form &quot;save&quot; reads
  search TEXT [--division CODE] [--deleted] [--limit N] [--json]
                                           as the search box: a name, an ID&apos;s last digits, the beginning of a code or phone
  save --json FILE                         create or update a household from its JSON form, with the editor&apos;s checks
  delete CODE --reason R                   delete a household (it can be restored)
  restore CODE                             restore a deleted household
  step CODE --kind K --date D [--reason R] [--notice-start D] [--notice-days N]
       [--category C] [--risks R1,R2] [--attribute A] [--json]
                                           record a status step; K is one of:</source>
        <translation>用法：fupin-cli household 子命令 --db FILE ...
  show CODE [--json]                       显示一户；--json 输出“save”可读回的格式
  search TEXT [--division CODE] [--deleted] [--limit N] [--json]
                                           与搜索框相同：姓名、身份证号末几位、户编号或电话的开头
  save --json FILE                         按 JSON 格式新建或更新一户，检查与编辑窗口相同
  delete CODE --reason R                   删除一户（可恢复）
  restore CODE                             恢复已删除的农户
  step CODE --kind K --date D [--reason R] [--notice-start D] [--notice-days N]
       [--category C] [--risks R1,R2] [--attribute A] [--json]
                                           登记状态步骤；K 可选：</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Remove member %1</source>
        <translation>删除成员 %1</translation>
    </message>
    <message>
        <source>Move member</source>
        <translation>移动成员</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The year whose income and living conditions are shown</source>
        <translation>显示其收入和生产生活条件的年度</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Add &amp;Member</source>
        <translation>添加成员(&amp;M)</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Living conditions</source>
        <translation>生产生活条件</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入情况</translation>
    </message>
    <message>
        <source>Poverty causes</source>
        <translation>致贫原因</translation>
    </message>
    <message>
        <source>Assistance and visits</source>
        <translation>帮扶与走访</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新建农户</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>农户 %1</translation>
    </message>
    <message>
        <source>%1 (head: %2)</source>
        <translation>%1（户主：%2）</translation>
    </message>
    <message>
        <source>The ID number %1 of %2 is already registered for %3 in household %4.</source>
        <translation>%2 的身份证号 %1 已在农户 %4 中登记给 %3。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>%1, born %2, has the same name and birth date as %3 of household %4 in the same township. Are they different people?</source>
        <translation>%1（出生日期 %2）与同一乡镇农户 %4 的 %3 姓名和出生日期相同。他们是不同的人吗？</translation>
    </message>
    <message>
        <source>Not saved: put right what is listed below.</source>
        <translation>未保存：请更正下列问题。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to this household before closing?</source>
        <translation>关闭前保存对该户的修改吗？</translation>
    </message>
    <message>
        <source>The household was not saved: %1</source>
        <translation>该户未保存：%1</translation>
    </message>
    <message>
        <source>Sections (&amp;G)</source>
        <translation>栏目(&amp;G)</translation>
    </message>
    <message>
        <source>Already registered for %1 in household %2.</source>
        <translation>已在农户 %2 中登记给 %1。</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Policy benefits</source>
        <translation>政策享受</translation>
    </message>
    <message>
        <source>The ID number %1 of %2 is registered for %3 in household %4, which was deleted: restore that household (tick &quot;Deleted&quot; in the register&apos;s list) instead of entering its people again.</source>
        <translation>%2 的身份证号 %1 已登记为已删除农户 %4 中的 %3：请恢复该户（在农户列表中勾选“已删除”），而不要重新录入其成员。</translation>
    </message>
    <message>
        <source>Restored from unsaved work. %1</source>
        <translation>已从未保存的草稿恢复。%1</translation>
    </message>
    <message>
        <source>%1 (Enter opens that household)</source>
        <translation>%1（按回车打开该户）</translation>
    </message>
</context>
<context>
    <name>HouseholdFilterBar</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Search households</source>
        <translation>查找农户</translation>
    </message>
    <message>
        <source>Name, ID number or its last digits, household code, phone (Ctrl+F)</source>
        <translation>姓名、身份证号或其末几位、户编号、电话（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>查找(&amp;S)：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>户属性</translation>
    </message>
    <message>
        <source>Main cause</source>
        <translation>主要致贫原因</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监测</translation>
    </message>
    <message>
        <source>Responsible cadre</source>
        <translation>帮扶责任人</translation>
    </message>
    <message>
        <source>With a cadre</source>
        <translation>有帮扶责任人</translation>
    </message>
    <message>
        <source>Without a cadre</source>
        <translation>无帮扶责任人</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Attri&amp;bute:</source>
        <translation>户属性(&amp;B)：</translation>
    </message>
    <message>
        <source>Ca&amp;use:</source>
        <translation>致贫原因(&amp;U)：</translation>
    </message>
    <message>
        <source>Mo&amp;nitoring:</source>
        <translation>监测(&amp;N)：</translation>
    </message>
    <message>
        <source>Ca&amp;dre:</source>
        <translation>帮扶责任人(&amp;D)：</translation>
    </message>
    <message>
        <source>De&amp;leted</source>
        <translation>已删除(&amp;L)</translation>
    </message>
    <message>
        <source>Show the deleted households, to restore one</source>
        <translation>显示已删除的农户，以便恢复</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Leave the dashboard&apos;s selection and list every household</source>
        <translation>取消仪表盘的筛选，列出全部农户</translation>
    </message>
</context>
<context>
    <name>HouseholdImport</name>
    <message>
        <source>the rows of household %1 are not together: a household&apos;s people are listed one after another, under one household code.</source>
        <translation>户 %1 的各行没有排在一起：一户的成员应在同一户编号下连续排列。</translation>
    </message>
    <message>
        <source>%1 is not a value of %2: give one of the list&apos;s codes or names.</source>
        <translation>%1 不是“%2”的取值：请填写代码表中的代码或名称。</translation>
    </message>
    <message>
        <source>%1 cannot be added: %2</source>
        <translation>无法添加 %1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the household code %1 is a household of %2 (village code %3), not of %4.</source>
        <translation>户编号 %1 属于 %2（村代码 %3），不属于 %4。</translation>
    </message>
    <message>
        <source>the village %1 is in %2, not in %3.</source>
        <translation>%1 在 %2，不在 %3。</translation>
    </message>
    <message>
        <source>several villages are named %1: give the township, or the household code.</source>
        <translation>有多个村名为 %1：请填写乡镇或户编号。</translation>
    </message>
    <message>
        <source>the household code %1 does not begin with the code %2 of the village %3.</source>
        <translation>户编号 %1 不以 %3 的代码 %2 开头。</translation>
    </message>
    <message>
        <source>the village %1 is not in the county, and the row names no township to add it to.</source>
        <translation>本县没有 %1，且该行没有填写乡镇，无法添加。</translation>
    </message>
    <message>
        <source>the household code %1 does not agree with the township %2: its code %3 is not a free township code of the county %4.</source>
        <translation>户编号 %1 与乡镇 %2 不符：其中的代码 %3 不是县 %4 可用的乡镇代码。</translation>
    </message>
    <message>
        <source>the township %1 and its village %2 are not in the county: add them, or import with the divisions added (--add-divisions).</source>
        <translation>本县没有乡镇 %1 及其村 %2：请先添加，或选择导入时添加区划（--add-divisions）。</translation>
    </message>
    <message>
        <source>the household code %1 does not agree with the village %2 of %3: its first 12 digits are not a free village code in the township (code %4).</source>
        <translation>户编号 %1 与 %3 的 %2 不符：其前 12 位不是该乡镇（代码 %4）可用的村代码。</translation>
    </message>
    <message>
        <source>the village %1 of %2 is not in the county: add it, or import with the divisions added (--add-divisions).</source>
        <translation>本县没有 %2 的 %1：请先添加，或选择导入时添加区划（--add-divisions）。</translation>
    </message>
    <message>
        <source>no village of the county has the code %1 that the household code %2 begins with; give the village&apos;s name to add it.</source>
        <translation>本县没有代码为 %1 的村（户编号 %2 的开头）；请填写村名以便添加。</translation>
    </message>
    <message>
        <source>the row gives neither a household code nor a village.</source>
        <translation>该行既没有户编号，也没有行政村。</translation>
    </message>
    <message>
        <source>the villager group %1 of %2 is not in the county: add it, or import with the divisions added (--add-divisions).</source>
        <translation>本县没有 %2 的 %1：请先添加，或选择导入时添加区划（--add-divisions）。</translation>
    </message>
    <message>
        <source>the person has no ID number.</source>
        <translation>此人没有身份证号。</translation>
    </message>
    <message>
        <source>the ID number %1 is also in row %2: a person is registered once.</source>
        <translation>身份证号 %1 在第 %2 行也出现：一个人只能登记一次。</translation>
    </message>
    <message>
        <source>the household matches %1 registered households (by its code and its people&apos;s ID numbers): correct the rows so that they name one.</source>
        <translation>这一户（按户编号和成员身份证号）对应到 %1 个已登记的户：请修改各行，使其只对应一户。</translation>
    </message>
    <message>
        <source>%1 has no sheet named %2; its sheets are: %3.</source>
        <translation>%1 没有名为 %2 的工作表；其工作表有：%3。</translation>
    </message>
    <message>
        <source>The sheet %1 of %2 is empty: there is nothing to import.</source>
        <translation>%2 的工作表 %1 是空的：没有可导入的内容。</translation>
    </message>
    <message>
        <source>Row %1 of the sheet %2 in %3 is empty: it cannot be the header row.</source>
        <translation>%3 的工作表 %2 第 %1 行是空的：不能作为表头行。</translation>
    </message>
    <message>
        <source>The sheet %1 of %2 has no header row in its first %3 rows: a roster has a row of column names such as 姓名, 身份证号 and 与户主关系 above its data.</source>
        <translation>%2 的工作表 %1 前 %3 行中没有表头行：花名册在数据上方应有一行列名，例如姓名、身份证号、与户主关系。</translation>
    </message>
    <message>
        <source>The sheet %1 of %2 has no column for: %3. Name the columns in the header row as the template does, or choose them in the mapping.</source>
        <translation>%2 的工作表 %1 缺少这些列：%3。请按模板在表头行写列名，或在列对应中选择。</translation>
    </message>
    <message>
        <source>The account %1 may not change households.</source>
        <translation>账号 %1 无权修改农户。</translation>
    </message>
    <message>
        <source>The sheet %1 of %2 has a header row (row %3) but no rows below it: there is nothing to import.</source>
        <translation>%2 的工作表 %1 有表头（第 %3 行），但下面没有数据：没有可导入的内容。</translation>
    </message>
    <message>
        <source>%1 households added, %2 updated, %3 left as they were; %4 people added, %5 updated</source>
        <translation>新增 %1 户，更新 %2 户，%3 户保持不变；新增 %4 人，更新 %5 人</translation>
    </message>
    <message>
        <source>The problems cannot be saved to %1: choose a name ending in .xlsx or .csv.</source>
        <translation>无法把问题清单保存到 %1：请选择以 .xlsx 或 .csv 结尾的文件名。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题清单</translation>
    </message>
</context>
<context>
    <name>HouseholdJson</name>
    <message>
        <source>The saved household is damaged: the value of %1 in %2 is not what it should be.</source>
        <translation>保存的农户数据已损坏：%2 中 %1 的值不正确。</translation>
    </message>
    <message>
        <source>the household</source>
        <translation>户信息</translation>
    </message>
    <message>
        <source>The saved household was written by a newer version of Fupin. Please update Fupin.</source>
        <translation>保存的农户数据由更新版本的扶贫工作台写入。请升级扶贫工作台。</translation>
    </message>
    <message>
        <source>member no. %1</source>
        <translation>第 %1 名成员</translation>
    </message>
    <message>
        <source>income record no. %1</source>
        <translation>第 %1 条收入记录</translation>
    </message>
    <message>
        <source>living-conditions record no. %1</source>
        <translation>第 %1 条生产生活条件记录</translation>
    </message>
    <message>
        <source>The value of %1 in %2 (%3) is not a whole number that field can hold; nothing was read.</source>
        <translation>%2 中 %1 的值（%3）超出该项整数所能容纳的范围；未读入任何内容。</translation>
    </message>
</context>
<context>
    <name>HouseholdLookup</name>
    <message>
        <source>Give a household code.</source>
        <translation>请给出户编号。</translation>
    </message>
    <message>
        <source>The households of %1 could not be read.</source>
        <translation>无法读取 %1 中的农户。</translation>
    </message>
    <message>
        <source>No household in %1 has the code %2.</source>
        <translation>%1 中没有户编号为 %2 的农户。</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>Household %1 does not exist.</source>
        <translation>农户 %1 不存在。</translation>
    </message>
    <message>
        <source>The household code %1 is already used by a deleted household (head: %2). Restore that household, or choose another code.</source>
        <translation>户编号 %1 已被一个已删除的农户（户主：%2）使用。请恢复该户，或换一个户编号。</translation>
    </message>
    <message>
        <source>The household code %1 is already used by another household (head: %2).</source>
        <translation>户编号 %1 已被另一农户（户主：%2）使用。</translation>
    </message>
    <message>
        <source>The ID number %1 of %2 is already registered for %3 in household %4. A person can be registered in only one household.</source>
        <translation>%2 的身份证号 %1 已在农户 %4 中登记给 %3。一个人只能登记在一个户中。</translation>
    </message>
    <message>
        <source>The income of %1 has no household size.</source>
        <translation>%1 年的收入没有家庭人口数。</translation>
    </message>
    <message>
        <source>There are two income records for %1.</source>
        <translation>%1 年有两条收入记录。</translation>
    </message>
    <message>
        <source>There are two records of living conditions for %1.</source>
        <translation>%1 年有两条生产生活条件记录。</translation>
    </message>
    <message>
        <source>Household %1 no longer exists.</source>
        <translation>农户 %1 已不存在。</translation>
    </message>
    <message>
        <source>Household %1 has been deleted. Restore it before changing it.</source>
        <translation>农户 %1 已被删除。请先恢复，再修改。</translation>
    </message>
    <message>
        <source>Household %1 was changed by %2 at %3 after you opened it. Reopen it to see those changes, then make yours again.</source>
        <translation>您打开农户 %1 后，%2 于 %3 修改了该户。请重新打开查看这些修改，然后重新进行您的修改。</translation>
    </message>
    <message>
        <source>Give a reason for deleting the household.</source>
        <translation>请填写删除该户的原因。</translation>
    </message>
    <message>
        <source>Household %1 cannot be restored: %2</source>
        <translation>无法恢复农户 %1：%2</translation>
    </message>
    <message>
        <source>Division %1 does not exist.</source>
        <translation>行政区划 %1 不存在。</translation>
    </message>
    <message>
        <source>Household %1 cannot be saved: %2</source>
        <translation>农户 %1 不能保存：%2</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>农户 %1</translation>
    </message>
    <message>
        <source>Household %1: choose its village.</source>
        <translation>农户 %1：请选择所在行政村。</translation>
    </message>
    <message>
        <source>Household %1: the village %2 is not in the township chosen.</source>
        <translation>农户 %1：行政村 %2 不属于所选乡镇。</translation>
    </message>
    <message>
        <source>Household %1: the villager group chosen is not in the village %2.</source>
        <translation>农户 %1：所选村民小组不属于行政村 %2。</translation>
    </message>
    <message>
        <source>The ID number %1 of %2 is registered for %3 in household %4, which was deleted. Restore household %4 instead of entering its people again: tick &quot;Deleted&quot; in the register&apos;s list, or run &quot;fupin-cli household restore %4&quot;.</source>
        <translation>%2 的身份证号 %1 已登记为已删除农户 %4 中的 %3。请恢复农户 %4，而不要重新录入其成员：在农户列表中勾选“已删除”，或运行“fupin-cli household restore %4”。</translation>
    </message>
    <message>
        <source>Household code %1 does not begin with the code %2 of its village %3: a household code is the village&apos;s %4-digit code followed by a serial.</source>
        <translation>户编号 %1 不是以所在村 %3 的代码 %2 开头：户编号应为村的 %4 位代码加序号。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of household %2 changes only through a status step (identification, exit, relapse, monitoring, attribute change), which keeps its history; the status, identification year, exit year, attribute and monitoring category cannot be edited.</source>
        <translation>农户 %2 的“%1”只能通过状态程序（识别、脱贫、返贫、监测、户属性变更）变更，以保留其历史；状态、识别年度、脱贫年度、户属性和监测类别不能直接编辑。</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>Household code</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation>户主身份证号</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人口数</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>户属性</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Main cause</source>
        <translation>主要致贫原因</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Households</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>No county file is open.</source>
        <translation>没有打开县数据库文件。</translation>
    </message>
    <message>
        <source>Could not read the households: %1</source>
        <translation>无法读取农户：%1</translation>
    </message>
    <message>
        <source>%1: %2 households, %3 people</source>
        <translation>%1：%2 户 %3 人</translation>
    </message>
    <message>
        <source>%1: %2 households found</source>
        <translation>%1：找到 %2 户</translation>
    </message>
    <message>
        <source>%1: counting the households...</source>
        <translation>%1：正在统计户数……</translation>
    </message>
    <message>
        <source>H</source>
        <comment>the one character on the households area&apos;s icon</comment>
        <translation>户</translation>
    </message>
    <message>
        <source>Enter a &amp;benefit for the selected…</source>
        <translation>为选中农户录入政策享受(&amp;B)…</translation>
    </message>
    <message>
        <source>Select the households in the list first (Ctrl or Shift with the mouse or arrows).</source>
        <translation>请先在列表中选择农户（按住 Ctrl 或 Shift 配合鼠标或方向键可多选）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等，另有 %n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s): %1</source>
        <translation>
            <numerusform>%n 户：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The benefit was entered for %n household(s).</source>
        <translation>
            <numerusform>已为 %n 户录入政策享受。</numerusform>
        </translation>
    </message>
    <message>
        <source>Household list</source>
        <translation>农户名单</translation>
    </message>
    <message>
        <source>Households and members (roster)</source>
        <translation>农户及家庭成员（花名册）</translation>
    </message>
    <message>
        <source>Print household &amp;cards…</source>
        <translation>打印明白卡(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>身份证号为空。</translation>
    </message>
    <message>
        <source>Only digits and a final X are allowed.</source>
        <translation>只能包含数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>An ID number has 18 digits (or 15 for old numbers); this one has %1.</source>
        <translation>身份证号应为 18 位（旧号码为 15 位）；此号码为 %1 位。</translation>
    </message>
    <message>
        <source>Only the 18th character of a certificate number may be an X.</source>
        <translation>只有证件号码的第 18 位可以是 X。</translation>
    </message>
    <message>
        <source>The region code %1 is not a Chinese region.</source>
        <translation>地区码 %1 不是中国的行政区划代码。</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist.</source>
        <translation>出生日期 %1 不存在。</translation>
    </message>
    <message>
        <source>The birth year %1 is too early.</source>
        <translation>出生年份 %1 过早。</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The ID number contains a line break or another control character. Type it again.</source>
        <translation>身份证号中含有换行符或其他控制字符，请重新输入。</translation>
    </message>
    <message>
        <source>A disability certificate number has 20 or 22 characters; this one has %1.</source>
        <translation>残疾人证号为 20 位或 22 位；此号码为 %1 位。</translation>
    </message>
    <message>
        <source>This number has %1 digits, like a disability certificate number (an ID number followed by more digits). A resident ID number has 18 digits (or 15 for old numbers): copy it from the ID card.</source>
        <translation>此号码有 %1 位，像是残疾人证号（身份证号后加几位数字）。居民身份证号为 18 位（旧号码为 15 位），请照身份证填写。</translation>
    </message>
    <message>
        <source>The number does not pass the check digit test: a digit is probably mistyped. Compare it digit by digit with the ID card.</source>
        <translation>号码校验不通过，可能有数字输错。请对照身份证逐位核对。</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>The sheet to import (the first one when not given).</source>
        <translation>要导入的工作表（不指定时为第一个）。</translation>
    </message>
    <message>
        <source>The row of column names (found among the first rows when not given).</source>
        <translation>列名所在的行（不指定时在前几行中查找）。</translation>
    </message>
    <message>
        <source>A column mapping saved by the import wizard, applied over the header&apos;s names.</source>
        <translation>导入向导保存的列对应文件，覆盖按表头名称的对应。</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation>检查每一行并报告；不写入任何内容。</translation>
    </message>
    <message>
        <source>Add the townships, villages and groups the county lacks, in the same transaction.</source>
        <translation>在同一事务中添加本县缺少的乡镇、村和村民小组。</translation>
    </message>
    <message>
        <source>Update the people already registered (matched by ID number) instead of leaving them.</source>
        <translation>更新已登记的人员（按身份证号匹配），而不是保持不变。</translation>
    </message>
    <message>
        <source>The year of the incomes when the roster has no year column (last year when not given).</source>
        <translation>花名册没有年度列时收入所属的年度（不指定时为上一年）。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>The roster to import (.xlsx, .xls or .csv).</source>
        <translation>要导入的花名册（.xlsx、.xls 或 .csv）。</translation>
    </message>
    <message>
        <source>Give one roster to import: fupin-cli import --db FILE ROSTER.xlsx</source>
        <translation>请给出一个要导入的花名册：fupin-cli import --db FILE ROSTER.xlsx</translation>
    </message>
    <message>
        <source>--header-row takes a row number from 1.</source>
        <translation>--header-row 需要从 1 开始的行号。</translation>
    </message>
    <message>
        <source>--income-year takes a year such as 2024.</source>
        <translation>--income-year 需要年份，例如 2024。</translation>
    </message>
    <message>
        <source>%1, sheet %2: header in row %3, %4 rows, %5 households.</source>
        <translation>%1，工作表 %2：表头在第 %3 行，共 %4 行，%5 户。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>第 %1 行，%2 列：%3</translation>
    </message>
    <message>
        <source>Not in the county: %1</source>
        <translation>本县没有：%1</translation>
    </message>
    <message>
        <source>Divisions %1: %2</source>
        <translation>区划%1：%2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>待添加</translation>
    </message>
    <message>
        <source>%1 households added, %2 updated, %3 already registered and left as they were; %4 people added, %5 updated.</source>
        <translation>新增 %1 户，更新 %2 户，%3 户已登记、保持不变；新增 %4 人，更新 %5 人。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was written. Correct the rows and import again.</source>
        <translation>
            <numerusform>%n 个问题：未写入任何内容。请修改这些行后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems. Nothing was written (--dry-run); the import would make: %1</source>
        <translation>没有问题。未写入任何内容（--dry-run）；导入将会：%1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>When a row has a problem, save the problems beside their rows to this .xlsx or .csv file, for the village to correct its roster.</source>
        <translation>有行出现问题时，把问题连同所在行保存到此 .xlsx 或 .csv 文件，供村里更正花名册。</translation>
    </message>
    <message>
        <source>  import --db FILE ROSTER [--sheet NAME] [--mapping M] [--dry-run] [--add-divisions]
         [--update-existing] [--problems FILE] [--json]
                                                    import households and members from .xlsx, .xls or .csv, all rows or none</source>
        <translation>  import --db FILE ROSTER [--sheet NAME] [--mapping M] [--dry-run] [--add-divisions]
         [--update-existing] [--problems FILE] [--json]
                                                    从 .xlsx、.xls 或 .csv 导入农户和成员，全部写入或全不写入</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Household code</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Household attribute</source>
        <translation>户属性</translation>
    </message>
    <message>
        <source>Identification standard</source>
        <translation>识别标准</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>脱贫状态</translation>
    </message>
    <message>
        <source>Main poverty cause</source>
        <translation>主要致贫原因</translation>
    </message>
    <message>
        <source>Other poverty cause 1</source>
        <translation>其他致贫原因1</translation>
    </message>
    <message>
        <source>Other poverty cause 2</source>
        <translation>其他致贫原因2</translation>
    </message>
    <message>
        <source>Military or martyr family</source>
        <translation>是否军烈属</translation>
    </message>
    <message>
        <source>Joined a cooperative</source>
        <translation>是否加入农民专业合作社</translation>
    </message>
    <message>
        <source>Led by an enterprise</source>
        <translation>是否有龙头企业带动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>在校生状况</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Labour skill</source>
        <translation>劳动技能</translation>
    </message>
    <message>
        <source>Work status</source>
        <translation>务工状况</translation>
    </message>
    <message>
        <source>Work place</source>
        <translation>务工地点</translation>
    </message>
    <message>
        <source>Months worked</source>
        <translation>务工时间（月）</translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation>基本医疗保险</translation>
    </message>
    <message>
        <source>Serious-illness insurance</source>
        <translation>大病保险</translation>
    </message>
    <message>
        <source>Pension insurance</source>
        <translation>基本养老保险</translation>
    </message>
    <message>
        <source>Subsistence allowance</source>
        <translation>享受低保</translation>
    </message>
    <message>
        <source>Extreme-poverty support</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <source>Income year</source>
        <translation>收入年度</translation>
    </message>
    <message>
        <source>Wage income</source>
        <translation>工资性收入</translation>
    </message>
    <message>
        <source>Operating income</source>
        <translation>生产经营性收入</translation>
    </message>
    <message>
        <source>Property income</source>
        <translation>财产性收入</translation>
    </message>
    <message>
        <source>Transfer income</source>
        <translation>转移性收入</translation>
    </message>
    <message>
        <source>Operating costs</source>
        <translation>生产经营性支出</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>The mapping %1 cannot be read: %2</source>
        <translation>无法读取列对应文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a column mapping saved by this app.</source>
        <translation>%1 不是本程序保存的列对应文件。</translation>
    </message>
    <message>
        <source>The mapping %1 names a field this app does not know: %2</source>
        <translation>列对应文件 %1 含有本程序不认识的字段：%2</translation>
    </message>
    <message>
        <source>The mapping %1 puts %2 in the column &quot;%3&quot;, which this sheet does not have.</source>
        <translation>列对应文件 %1 把%2对应到“%3”列，但本工作表没有这一列。</translation>
    </message>
    <message>
        <source>The mapping cannot be saved to %1: %2</source>
        <translation>无法把列对应保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>the ID number %1 is stored as a number, which keeps only 15 digits: its last digits may be lost. Format the column as text, type the number again and import again.</source>
        <translation>身份证号 %1 以数字形式保存，数字只保留 15 位有效数字：末几位可能已丢失。请把该列设为文本格式，重新录入号码后再导入。</translation>
    </message>
    <message>
        <source>the ID number is shown as %1 (scientific notation): its last digits are lost. Type the full number again, in a column formatted as text.</source>
        <translation>身份证号显示为 %1（科学计数法）：末几位已丢失。请在文本格式的列中重新录入完整号码。</translation>
    </message>
    <message>
        <source>the phone number is shown as %1 (scientific notation): its digits are lost.</source>
        <translation>电话号码显示为 %1（科学计数法）：数字已丢失。</translation>
    </message>
    <message>
        <source>%1 is not an amount in yuan.</source>
        <translation>%1 不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as 1985-03-12, 1985.3.12 or 1985年3月12日.</source>
        <translation>%1 不是日期：请写成 1985-03-12、1985.3.12 或 1985年3月12日。</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 不是整数。</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3.</source>
        <translation>%1 不在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>%1 is neither yes (是) nor no (否).</source>
        <translation>%1 既不是“是”也不是“否”。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Households from a Spreadsheet</source>
        <translation>从表格导入农户</translation>
    </message>
    <message>
        <source>The roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, .xls) or a CSV file, one row per person.</source>
        <translation>Excel 工作簿（.xlsx、.xls）或 CSV 文件，每人一行。</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Add the townships, villages and groups the county lacks</source>
        <translation>添加本县缺少的乡镇、村和村民小组(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Update people already registered (else leave them as they are)</source>
        <translation>更新已登记的人员（否则保持不变）(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Sheet, header and columns</source>
        <translation>工作表、表头和列</translation>
    </message>
    <message>
        <source>Check which column holds which field; correct it where the guess is wrong.</source>
        <translation>核对每个字段对应的列；对应错了请改正。</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>表头行(&amp;H)：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>&amp;Load Mapping...</source>
        <translation>载入列对应(&amp;L)...</translation>
    </message>
    <message>
        <source>Sa&amp;ve Mapping...</source>
        <translation>保存列对应(&amp;V)...</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Every row is checked with the editor&apos;s rules; nothing is written yet.</source>
        <translation>按编辑器的规则检查每一行；此时尚未写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Cancel Check</source>
        <translation>取消检查(&amp;C)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>All rows are written in one transaction, or none.</source>
        <translation>所有行在一个事务中全部写入，或全不写入。</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>Choose a Roster</source>
        <translation>选择花名册</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation>表格 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>载入列对应</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>列对应 (*.json)</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <source>Choose the columns of: %1</source>
        <translation>请选择这些字段的列：%1</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>%1 rows, %2 households: %3 to add, %4 to update, %5 already registered and left as they are; %6 people to add, %7 to update.</source>
        <translation>共 %1 行、%2 户：新增 %3 户，更新 %4 户，%5 户已登记、保持不变；新增 %6 人，更新 %7 人。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>导入已取消：未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: correct the rows in the spreadsheet and check again. Nothing will be written while any row has a problem.</source>
        <translation>
            <numerusform>发现 %n 个问题：请在表格中修改这些行后重新检查。只要有一行有问题，就不会写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems. %1</source>
        <translation>没有问题。%1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>已导入。%1</translation>
    </message>
    <message>
        <source>Not in the county: %1</source>
        <translation>本县没有：%1</translation>
    </message>
    <message>
        <source>Divisions to add: %1</source>
        <translation>待添加的区划：%1</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>Save &amp;Problems...</source>
        <translation>保存问题清单(&amp;P)...</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>IncidenceSettingsDialog</name>
    <message>
        <source>Poverty Incidence Line and Rural Population</source>
        <translation>贫困发生率标准与农村户籍人口</translation>
    </message>
    <message>
        <source>2% (most provinces)</source>
        <translation>2%（多数省份）</translation>
    </message>
    <message>
        <source>3% (the western provinces)</source>
        <translation>3%（西部省份）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>People in the register</source>
        <translation>系统内人口</translation>
    </message>
    <message>
        <source>Rural registered population</source>
        <translation>农村户籍人口</translation>
    </message>
    <message>
        <source>A village&apos;s poverty incidence is its poor people over its rural registered population; where none is recorded, the people in the register stand in (marked * on the dashboard). Type a population and press Enter; 0 removes it.</source>
        <translation>村贫困发生率为贫困人口除以农村户籍人口；未填写的村以系统内人口代替（仪表盘上标 *）。输入人口后按回车；输入 0 即删除。</translation>
    </message>
    <message>
        <source>Incidence &amp;line:</source>
        <translation>贫困发生率标准(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Rural registered population by village:</source>
        <translation>各村农村户籍人口(&amp;R)：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The county file is open read-only.</source>
        <translation>县数据文件以只读方式打开。</translation>
    </message>
    <message>
        <source>Only county-level accounts change the incidence line and the rural population.</source>
        <translation>只有县级账户可以修改贫困发生率标准和农村户籍人口。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of people.</source>
        <translation>“%1”不是人数。</translation>
    </message>
</context>
<context>
    <name>IncomeSection</name>
    <message>
        <source>Household si&amp;ze:</source>
        <translation>家庭人口数(&amp;Z)：</translation>
    </message>
    <message>
        <source>Migrant &amp;wages:</source>
        <translation>务工收入(&amp;W)：</translation>
    </message>
    <message>
        <source>Welfare-&amp;job wages:</source>
        <translation>公益岗位工资(&amp;J)：</translation>
    </message>
    <message>
        <source>C&amp;rops:</source>
        <translation>种植业(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Livestock:</source>
        <translation>养殖业(&amp;L)：</translation>
    </message>
    <message>
        <source>Forestry and fruit:</source>
        <translation>林果业：</translation>
    </message>
    <message>
        <source>Other operating:</source>
        <translation>其他生产经营：</translation>
    </message>
    <message>
        <source>Asset &amp;dividends:</source>
        <translation>资产收益分红(&amp;D)：</translation>
    </message>
    <message>
        <source>Land transfer:</source>
        <translation>土地流转收入：</translation>
    </message>
    <message>
        <source>Family planning:</source>
        <translation>计划生育金：</translation>
    </message>
    <message>
        <source>S&amp;ubsistence allowance:</source>
        <translation>低保金(&amp;U)：</translation>
    </message>
    <message>
        <source>Extreme-poverty support:</source>
        <translation>特困供养金：</translation>
    </message>
    <message>
        <source>&amp;Pensions:</source>
        <translation>养老金(&amp;P)：</translation>
    </message>
    <message>
        <source>Ecological compensation:</source>
        <translation>生态补偿金：</translation>
    </message>
    <message>
        <source>Old-age/disability subsidies:</source>
        <translation>高龄/残疾补贴：</translation>
    </message>
    <message>
        <source>Alimony:</source>
        <translation>赡养费：</translation>
    </message>
    <message>
        <source>Insurance payouts:</source>
        <translation>保险赔付：</translation>
    </message>
    <message>
        <source>Operating &amp;costs:</source>
        <translation>生产经营性支出(&amp;C)：</translation>
    </message>
    <message>
        <source>Income in %1 (yuan)</source>
        <translation>%1 年收入（元）</translation>
    </message>
    <message>
        <source>No income recorded for %1 yet.</source>
        <translation>尚未登记 %1 年的收入。</translation>
    </message>
    <message>
        <source>Net income &lt;b&gt;%1&lt;/b&gt; yuan; per person &lt;b&gt;%2&lt;/b&gt; yuan</source>
        <translation>纯收入 &lt;b&gt;%1&lt;/b&gt; 元；人均 &lt;b&gt;%2&lt;/b&gt; 元</translation>
    </message>
    <message>
        <source>the %1 poverty line</source>
        <translation>%1 年扶贫标准</translation>
    </message>
    <message>
        <source>the %1 monitoring threshold</source>
        <translation>%1 年监测标准</translation>
    </message>
    <message>
        <source>above %1 of %2 yuan</source>
        <translation>高于%1（%2 元）</translation>
    </message>
    <message>
        <source>below %1 of %2 yuan</source>
        <translation>低于%1（%2 元）</translation>
    </message>
    <message>
        <source>The household size of this year (%1) differs from the members listed (%2).</source>
        <translation>本年度家庭人口数（%1）与所列成员人数（%2）不一致。</translation>
    </message>
</context>
<context>
    <name>IncomeStatement</name>
    <message>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Labourers</source>
        <translation>劳动力人数</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>家庭总收入</translation>
    </message>
    <message>
        <source>Wage income (migrant work, public-welfare jobs)</source>
        <translation>工资性收入（务工、公益岗位）</translation>
    </message>
    <message>
        <source>Production and operating income</source>
        <translation>生产经营性收入</translation>
    </message>
    <message>
        <source>Property income</source>
        <translation>财产性收入</translation>
    </message>
    <message>
        <source>Transfer income</source>
        <translation>转移性收入</translation>
    </message>
    <message>
        <source>Production and operating costs</source>
        <translation>生产经营性支出</translation>
    </message>
    <message>
        <source>Net income</source>
        <translation>家庭纯收入</translation>
    </message>
    <message>
        <source>Per-capita net income</source>
        <translation>人均纯收入</translation>
    </message>
</context>
<context>
    <name>KeyedStore</name>
    <message>
        <source>There is no %1 %2 in the county.</source>
        <translation>县里没有%1 %2。</translation>
    </message>
</context>
<context>
    <name>LedgerCommands</name>
    <message>
        <source>%1 %2 on %3: %4 yuan</source>
        <translation>%1 %2，%3：%4 元</translation>
    </message>
    <message>
        <source>Entered %1.</source>
        <translation>已录入 %1。</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD.</source>
        <translation>日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The amount in yuan.</source>
        <translation>金额（元）。</translation>
    </message>
    <message>
        <source>The voucher number (凭证号).</source>
        <translation>凭证号。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>The fund source&apos;s number.</source>
        <translation>资金来源编号。</translation>
    </message>
    <message>
        <source>The project&apos;s number.</source>
        <translation>项目编号。</translation>
    </message>
    <message>
        <source>The number of the allocation paid from.</source>
        <translation>支付所用拨付的编号。</translation>
    </message>
    <message>
        <source>Who is paid: a household or a contractor.</source>
        <translation>收款方：农户或承包方。</translation>
    </message>
    <message>
        <source>The code of the household paid, if one is.</source>
        <translation>收款农户的户编号（如有）。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>What the entry is: receipt, allocation or disbursement.</source>
        <translation>台账类别：receipt（到位）、allocation（拨付）或 disbursement（支付）。</translation>
    </message>
    <message>
        <source>The number of the entry to reverse.</source>
        <translation>要冲销的台账编号。</translation>
    </message>
    <message>
        <source>The day of the reversal, YYYY-MM-DD.</source>
        <translation>冲销日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The voucher number of the reversal.</source>
        <translation>冲销的凭证号。</translation>
    </message>
    <message>
        <source>Why the entry is reversed.</source>
        <translation>冲销原因。</translation>
    </message>
    <message>
        <source>Give what the entry is with --kind receipt, allocation or disbursement.</source>
        <translation>请用 --kind receipt、allocation 或 disbursement 给出台账类别。</translation>
    </message>
    <message>
        <source>receipt, allocation or disbursement.</source>
        <translation>receipt（到位）、allocation（拨付）或 disbursement（支付）。</translation>
    </message>
    <message>
        <source>Only this fund source.</source>
        <translation>只列此资金来源。</translation>
    </message>
    <message>
        <source>Only this project.</source>
        <translation>只列此项目。</translation>
    </message>
    <message>
        <source>Only payments to this household (its code).</source>
        <translation>只列支付给此户（户编号）的款项。</translation>
    </message>
    <message>
        <source>Only entries up to this day.</source>
        <translation>只列截至此日的台账。</translation>
    </message>
    <message>
        <source>Give what to list with --kind receipt, allocation or disbursement.</source>
        <translation>请用 --kind receipt、allocation 或 disbursement 给出要列出的类别。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s).</source>
        <translation>
            <numerusform>%n 条台账。</numerusform>
        </translation>
    </message>
    <message>
        <source>  ledger receive --db FILE --source N --date DATE --amount YUAN [--voucher V] [--note T] [--json]
                                                    money received from a fund source
  ledger allocate --db FILE --source N --project N --date DATE --amount YUAN [--voucher V] [--note T]
       [--json]                                     money of a source allocated to a project
  ledger disburse --db FILE --allocation N --date DATE --amount YUAN --payee P [--household CODE]
       [--voucher V] [--note T] [--json]            money paid out of an allocation
  ledger reverse --db FILE --kind K --entry N --date DATE --reason TEXT [--voucher V] [--json]
                                                    the reversal of a mistaken entry
  ledger entries --db FILE --kind K [--source N] [--project N] [--household CODE] [--as-of DATE]
       [--json]                                     the entries of a kind: receipt, allocation, disbursement
  (receive, allocate, disburse and reverse also read their fields from a JSON object with --input FILE;
   amounts as &quot;amount_fen&quot;: 100000 or &quot;amount&quot;: &quot;1000.00&quot;)</source>
        <translation>  ledger receive --db FILE --source N --date DATE --amount YUAN [--voucher V] [--note T] [--json]
                                                    资金来源的到位资金
  ledger allocate --db FILE --source N --project N --date DATE --amount YUAN [--voucher V] [--note T]
       [--json]                                     将来源资金拨付给项目
  ledger disburse --db FILE --allocation N --date DATE --amount YUAN --payee P [--household CODE]
       [--voucher V] [--note T] [--json]            从拨付资金中支付
  ledger reverse --db FILE --kind K --entry N --date DATE --reason TEXT [--voucher V] [--json]
                                                    冲销录错的台账
  ledger entries --db FILE --kind K [--source N] [--project N] [--household CODE] [--as-of DATE]
       [--json]                                     某类台账：receipt（到位）、allocation（拨付）、disbursement（支付）
  （receive、allocate、disburse 和 reverse 也可用 --input FILE 从 JSON 对象读取各字段；
   金额写作 &quot;amount_fen&quot;: 100000 或 &quot;amount&quot;: &quot;1000.00&quot;）</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <source>Enter a receipt</source>
        <translation>登记资金到账</translation>
    </message>
    <message>
        <source>Allocate funds to a project</source>
        <translation>向项目分配资金</translation>
    </message>
    <message>
        <source>Pay out of an allocation</source>
        <translation>从已分配资金中拨付</translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>%1 — %2 yuan on %3 (voucher %4)</source>
        <translation>%1 — %3 分配 %2 元（凭证号 %4）</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>资金分配</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>yuan, e.g. 12000.50</source>
        <translation>单位：元，如 12000.50</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>household code, when paid to a household</source>
        <translation>付给农户时填写户编号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LedgerEntryModel</name>
    <message>
        <source>reverses %1 (%2)</source>
        <translation>冲销 %1（%2）</translation>
    </message>
    <message>
        <source>reversed by %1</source>
        <translation>已被 %1 冲销</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Payee or note</source>
        <translation>收款方或备注</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入</translation>
    </message>
</context>
<context>
    <name>LinkStore</name>
    <message>
        <source>The %1 is already recorded.</source>
        <translation>该%1已有记录。</translation>
    </message>
    <message>
        <source>The %1 is not recorded.</source>
        <translation>没有该%1的记录。</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，没有写入任何文件。</translation>
    </message>
    <message>
        <source>%1 is neither an .xlsx nor a .csv file: give a file name ending in .xlsx or .csv.</source>
        <translation>%1 既不是 .xlsx 也不是 .csv 文件：请给出以 .xlsx 或 .csv 结尾的文件名。</translation>
    </message>
    <message>
        <source>Households and members</source>
        <translation>农户及家庭成员</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Households paired</source>
        <translation>结对户数</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>户数上限</translation>
    </message>
    <message>
        <source>First secretary</source>
        <translation>第一书记</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>帮扶干部</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Form of assistance</source>
        <translation>帮扶形式</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Paired province or city</source>
        <translation>对口协作省市</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Assistance units</source>
        <translation>帮扶单位</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <source>Sending unit</source>
        <translation>派出单位</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>队员人数</translation>
    </message>
    <message>
        <source>Work teams</source>
        <translation>驻村工作队</translation>
    </message>
    <message>
        <source>Division %1 does not exist.</source>
        <translation>区划 %1 不存在。</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <source>Without a cadre</source>
        <translation>无帮扶责任人</translation>
    </message>
    <message>
        <source>Over the cap</source>
        <translation>超出上限</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>帮扶干部</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>未走访</translation>
    </message>
    <message>
        <source>Households not visited</source>
        <translation>未走访户数</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Villages without a team</source>
        <translation>无工作队的村</translation>
    </message>
    <message>
        <source>Members of its current team</source>
        <translation>现任工作队人数</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Allocated (yuan)</source>
        <translation>已分配（元）</translation>
    </message>
    <message>
        <source>Disbursed (yuan)</source>
        <translation>已支付（元）</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Fund ledger</source>
        <translation>资金台账</translation>
    </message>
    <message>
        <source>reverses %1</source>
        <translation>冲销 %1</translation>
    </message>
    <message>
        <source>reversed by %1</source>
        <translation>已被 %1 冲销</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>放贷银行</translation>
    </message>
    <message>
        <source>Loan date</source>
        <translation>放款日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Repaid (yuan)</source>
        <translation>已还（元）</translation>
    </message>
    <message>
        <source>Outstanding (yuan)</source>
        <translation>未还（元）</translation>
    </message>
    <message>
        <source>Interest subsidy (yuan)</source>
        <translation>贴息（元）</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Microcredit loans</source>
        <translation>扶贫小额信贷</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>已还清</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
</context>
<context>
    <name>LivingSection</name>
    <message>
        <source>Living conditions</source>
        <translation>生产生活条件</translation>
    </message>
    <message>
        <source>Living conditions in %1</source>
        <translation>%1 年生产生活条件</translation>
    </message>
    <message>
        <source>&amp;Farmland (mu):</source>
        <translation>耕地面积（亩）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Irrigated (mu):</source>
        <translation>有效灌溉面积（亩）(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Forest (mu):</source>
        <translation>林地面积（亩）(&amp;F)：</translation>
    </message>
    <message>
        <source>Returned &amp;farmland (mu):</source>
        <translation>退耕还林面积（亩）(&amp;F)：</translation>
    </message>
    <message>
        <source>Fruit forest (mu):</source>
        <translation>林果面积（亩）：</translation>
    </message>
    <message>
        <source>Pasture (mu):</source>
        <translation>牧草地面积（亩）：</translation>
    </message>
    <message>
        <source>Water surface (mu):</source>
        <translation>水面面积（亩）：</translation>
    </message>
    <message>
        <source>Housing area (m²):</source>
        <translation>住房面积（m²）：</translation>
    </message>
    <message>
        <source>&amp;Road distance (km):</source>
        <translation>距村主干路（公里）(&amp;R)：</translation>
    </message>
    <message>
        <source>Road &amp;surface:</source>
        <translation>入户路类型(&amp;S)：</translation>
    </message>
    <message>
        <source>House ratin&amp;g:</source>
        <translation>危房等级(&amp;G)：</translation>
    </message>
    <message>
        <source>Cooking f&amp;uel:</source>
        <translation>主要燃料类型(&amp;U)：</translation>
    </message>
    <message>
        <source>not renovated</source>
        <translation>未改造</translation>
    </message>
    <message>
        <source>Reno&amp;vated in:</source>
        <translation>改造年度(&amp;V)：</translation>
    </message>
    <message>
        <source>Production electricity</source>
        <translation>通生产用电</translation>
    </message>
    <message>
        <source>Household electricity</source>
        <translation>通生活用电</translation>
    </message>
    <message>
        <source>Radio and TV</source>
        <translation>通广播电视</translation>
    </message>
    <message>
        <source>Difficult drinking water</source>
        <translation>饮水困难</translation>
    </message>
    <message>
        <source>Safe drinking water</source>
        <translation>饮水安全</translation>
    </message>
    <message>
        <source>Sanitary toilet</source>
        <translation>有卫生厕所</translation>
    </message>
    <message>
        <source>Two assurances, three guarantees:</source>
        <translation>两不愁三保障：</translation>
    </message>
    <message>
        <source>Food secure</source>
        <translation>不愁吃</translation>
    </message>
    <message>
        <source>Clothing secure</source>
        <translation>不愁穿</translation>
    </message>
    <message>
        <source>Compulsory education secured</source>
        <translation>义务教育有保障</translation>
    </message>
    <message>
        <source>Basic medical care secured</source>
        <translation>基本医疗有保障</translation>
    </message>
    <message>
        <source>Housing safe</source>
        <translation>住房安全有保障</translation>
    </message>
</context>
<context>
    <name>LoanCommands</name>
    <message>
        <source>Loan %1 (%2, %3): %4 of %5 yuan owed, due %6.</source>
        <translation>贷款 %1（%2，%3）：%5 元中尚欠 %4 元，%6 到期。</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>(reverses event %1)</source>
        <translation>（冲销事项 %1）</translation>
    </message>
    <message>
        <source>(reversed by event %1)</source>
        <translation>（已被事项 %1 冲销）</translation>
    </message>
    <message>
        <source>Repayment %1 of %2 yuan entered.</source>
        <translation>已录入还款 %1，金额 %2 元。</translation>
    </message>
    <message>
        <source>Event %1 reversed by event %2.</source>
        <translation>事项 %1 已被事项 %2 冲销。</translation>
    </message>
    <message>
        <source>The loan&apos;s number.</source>
        <translation>贷款编号。</translation>
    </message>
    <message>
        <source>The event&apos;s number.</source>
        <translation>事项编号。</translation>
    </message>
    <message>
        <source>The amount in yuan.</source>
        <translation>以元计的金额。</translation>
    </message>
    <message>
        <source>The date (YYYY-MM-DD).</source>
        <translation>日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Why the event is reversed.</source>
        <translation>冲销事项的原因。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>  loans events --db FILE --loan N [--json]          a loan&apos;s repayments, extensions and subsidies, reversals included
  loans repay --db FILE --loan N --amount YUAN --date DATE [--note T] [--json]
                                                    enter a repayment
  loans reverse --db FILE --event N --reason TEXT [--date DATE] [--json]
                                                    reverse a mistyped repayment, extension or subsidy
  (repay and reverse also read their fields from a JSON object with --input FILE; amounts as &quot;amount_fen&quot;: 100000 or &quot;amount&quot;: &quot;1000.00&quot;)</source>
        <translation>  loans events --db FILE --loan N [--json]          一笔贷款的还款、展期和贴息，含冲销
  loans repay --db FILE --loan N --amount YUAN --date DATE [--note T] [--json]
                                                    录入还款
  loans reverse --db FILE --event N --reason TEXT [--date DATE] [--json]
                                                    冲销录错的还款、展期或贴息
  （repay 和 reverse 也可用 --input FILE 从 JSON 对象读取各字段；金额写作 &quot;amount_fen&quot;: 100000 或 &quot;amount&quot;: &quot;1000.00&quot;）</translation>
    </message>
    <message>
        <source>Subsidy %1 of %2 yuan entered.</source>
        <translation>已录入贴息 %1，金额 %2 元。</translation>
    </message>
    <message>
        <source>Extension %1 to %2 entered.</source>
        <translation>已录入展期 %1，展期至 %2。</translation>
    </message>
    <message>
        <source>The borrowing household&apos;s code.</source>
        <translation>借款户的户编号。</translation>
    </message>
    <message>
        <source>The member who borrows: their ID number or name.</source>
        <translation>借款的家庭成员：身份证号码或姓名。</translation>
    </message>
    <message>
        <source>The lending bank.</source>
        <translation>放贷银行。</translation>
    </message>
    <message>
        <source>The amount lent in yuan.</source>
        <translation>贷款金额（元）。</translation>
    </message>
    <message>
        <source>The day of the loan (YYYY-MM-DD).</source>
        <translation>放贷日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The term in months.</source>
        <translation>期限（月）。</translation>
    </message>
    <message>
        <source>What the loan is for: a production purpose&apos;s code.</source>
        <translation>贷款用途：生产性用途的代码。</translation>
    </message>
    <message>
        <source>What the money is for, in words.</source>
        <translation>资金用途的文字说明。</translation>
    </message>
    <message>
        <source>The interest rate in permille, fully subsidised.</source>
        <translation>利率（千分比），全额贴息。</translation>
    </message>
    <message>
        <source>Household %1 has no member with the ID number or name &quot;%2&quot;.</source>
        <translation>户 %1 中没有身份证号码或姓名为“%2”的成员。</translation>
    </message>
    <message>
        <source>Give the borrowing household&apos;s code with --household CODE.</source>
        <translation>请用 --household CODE 给出借款户的户编号。</translation>
    </message>
    <message>
        <source>Give the borrower&apos;s ID number or name with --borrower.</source>
        <translation>请用 --borrower 给出借款人的身份证号码或姓名。</translation>
    </message>
    <message>
        <source>Saved loan %1: %2 yuan to %3, due %4.</source>
        <translation>已保存贷款 %1：借给 %3 %2 元，%4 到期。</translation>
    </message>
    <message>
        <source>The new due date (YYYY-MM-DD).</source>
        <translation>新的到期日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Why the loan is extended.</source>
        <translation>展期原因。</translation>
    </message>
    <message>
        <source>  loans add --db FILE --household CODE --borrower ID_OR_NAME --bank B --amount YUAN --date DATE
       --term MONTHS --purpose-code C [--purpose T] [--rate PERMILLE] [--json]
                                                    a new microcredit loan
  loans edit --db FILE --loan N [the fields of add] [--json]
                                                    changes a loan (not its amount or date once repaid)
  loans extend --db FILE --loan N --date DATE --new-due DATE --reason TEXT [--json]
                                                    moves a loan&apos;s due date
  loans subsidize --db FILE --loan N --amount YUAN --date DATE [--note T] [--json]
                                                    an interest subsidy paid
  (add, edit, extend and subsidize read --input FILE too; the purposes: %1)</source>
        <translation>  loans add --db FILE --household CODE --borrower ID_OR_NAME --bank B --amount YUAN --date DATE
       --term MONTHS --purpose-code C [--purpose T] [--rate PERMILLE] [--json]
                                                    新增一笔扶贫小额信贷
  loans edit --db FILE --loan N [the fields of add] [--json]
                                                    修改贷款（已有还款后不能改金额和日期）
  loans extend --db FILE --loan N --date DATE --new-due DATE --reason TEXT [--json]
                                                    延后贷款到期日（展期）
  loans subsidize --db FILE --loan N --amount YUAN --date DATE [--note T] [--json]
                                                    已支付的贴息
  （add、edit、extend 和 subsidize 也读取 --input FILE；用途代码：%1）</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>Microcredit loan of %1</source>
        <translation>%1 的扶贫小额信贷</translation>
    </message>
    <message>
        <source>New microcredit loan</source>
        <translation>新增扶贫小额信贷</translation>
    </message>
    <message>
        <source>household code, then Enter</source>
        <translation>输入户编号后按回车</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>农户(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Borrower:</source>
        <translation>借款人(&amp;B)：</translation>
    </message>
    <message>
        <source>%1 Rural Credit Cooperative</source>
        <translation>%1农村信用合作联社</translation>
    </message>
    <message>
        <source>Agricultural Bank of China</source>
        <translation>中国农业银行</translation>
    </message>
    <message>
        <source>Postal Savings Bank of China</source>
        <translation>中国邮政储蓄银行</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>放贷银行(&amp;K)：</translation>
    </message>
    <message>
        <source>yuan, at most 50000</source>
        <translation>单位元，最多 50000</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>Loan &amp;date:</source>
        <translation>放贷日期(&amp;D)：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>贷款期限(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>贷款用途(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. 20 Congjiang pigs</source>
        <translation>如：养殖从江香猪 20 头</translation>
    </message>
    <message>
        <source>&amp;Use of the money:</source>
        <translation>具体用途(&amp;U)：</translation>
    </message>
    <message>
        <source>The benchmark rate, subsidised in full (贴息)</source>
        <translation>基准利率，财政全额贴息</translation>
    </message>
    <message>
        <source>Interest rate, &amp;subsidised:</source>
        <translation>贴息利率(&amp;S)：</translation>
    </message>
    <message>
        <source>Repayments, extensions and subsidies</source>
        <translation>还款、展期和贴息记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Open the &amp;household</source>
        <translation>打开农户档案(&amp;H)</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>head: %1</source>
        <translation>户主：%1</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>无出生日期</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1（出生于 %2）</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>到期日改为 %1</translation>
    </message>
    <message>
        <source>Due %1; repaid %2 yuan, owed %3 yuan; interest subsidy paid %4 yuan.</source>
        <translation>到期日 %1；已还 %2 元，尚欠 %3 元；已贴息 %4 元。</translation>
    </message>
    <message>
        <source>Enter the code of the household that borrows.</source>
        <translation>请输入借款农户的户编号。</translation>
    </message>
    <message>
        <source>&amp;Reverse this entry…</source>
        <translation>冲销此条(&amp;R)…</translation>
    </message>
    <message>
        <source>Reverse the entry</source>
        <translation>冲销此条</translation>
    </message>
    <message>
        <source>Why is this entry reversed? It stays in the history, cancelled by a new entry.</source>
        <translation>为什么冲销此条？它仍留在记录中，由一条新记录抵消。</translation>
    </message>
    <message>
        <source>Reversal: %1</source>
        <translation>冲销：%1</translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation>%1（已冲销）</translation>
    </message>
</context>
<context>
    <name>LoanEventDialog</name>
    <message>
        <source>%1 of household %2: %3 yuan from %4, due %5, owed %6 yuan</source>
        <translation>农户 %2 的 %1：%4 贷款 %3 元，%5 到期，尚欠 %6 元</translation>
    </message>
    <message>
        <source>Loan:</source>
        <translation>贷款：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;New due date:</source>
        <translation>新到期日(&amp;N)：</translation>
    </message>
    <message>
        <source>yuan, e.g. 5000.00</source>
        <translation>单位元，如 5000.00</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>LoanTableModel</name>
    <message>
        <source>Repaid</source>
        <translation>已结清</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Loan date</source>
        <translation>放款日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Repaid (yuan)</source>
        <translation>已还（元）</translation>
    </message>
    <message>
        <source>Owed (yuan)</source>
        <translation>尚欠（元）</translation>
    </message>
    <message>
        <source>Interest subsidy (yuan)</source>
        <translation>已贴息（元）</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>LoansPanel</name>
    <message>
        <source>All loans</source>
        <translation>全部贷款</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>%n 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>On &amp;date:</source>
        <translation>截至日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;New loan…</source>
        <translation>新增贷款(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Repayment…</source>
        <translation>还款(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xtension…</source>
        <translation>展期(&amp;X)…</translation>
    </message>
    <message>
        <source>Interest s&amp;ubsidy…</source>
        <translation>贴息(&amp;U)…</translation>
    </message>
    <message>
        <source>Open the house&amp;hold</source>
        <translation>打开农户档案(&amp;H)</translation>
    </message>
    <message>
        <source>Microcredit loans</source>
        <translation>扶贫小额信贷</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s) on %1: lent %2 yuan, still owed %3 yuan.</source>
        <translation>
            <numerusform>截至 %1 共 %n 笔贷款：贷款 %2 元，尚欠 %3 元。</numerusform>
        </translation>
    </message>
    <message>
        <source>The loan was saved.</source>
        <translation>贷款已保存。</translation>
    </message>
    <message>
        <source>Choose a loan in the list first.</source>
        <translation>请先在列表中选择一笔贷款。</translation>
    </message>
    <message>
        <source>Entered for the loan.</source>
        <translation>已录入。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The window was locked after a time without use. Enter the password of %1 to continue.</source>
        <translation>窗口因一段时间未操作已锁定。请输入 %1 的密码继续。</translation>
    </message>
    <message>
        <source>Sign in to the county %1 (%2).</source>
        <translation>登录 %1（%2）。</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>大写锁定已打开。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo data (演示数据): the accounts admin, county, township, village and auditor each have the password %1.</source>
        <translation>演示数据：账号 admin（管理员）、county（县级）、township（乡镇）、village（村级）和 auditor（审计）的密码均为 %1。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fupin</source>
        <translation>扶贫工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New County File...</source>
        <translation>新建县数据库文件(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open County File...</source>
        <translation>打开县数据库文件(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New Household</source>
        <translation>新建农户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Household</source>
        <translation>打开农户(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Delete Household...</source>
        <translation>删除农户(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Restore Household</source>
        <translation>恢复农户(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Data Quality</source>
        <translation>数据质量(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Fupin</source>
        <translation>关于扶贫工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 holds no county yet. Create it with File &gt; New County File, or with &quot;fupin-cli init&quot;.</source>
        <translation>%1 中还没有县数据。请通过“文件 &gt; 新建县数据库文件”或“fupin-cli init”创建。</translation>
    </message>
    <message>
        <source>The county file was upgraded; the old version is kept as %1.</source>
        <translation>县数据库文件已升级；旧版本保存为 %1。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>Creating a demo county of %1 households...</source>
        <translation>正在生成 %1 户的演示县...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 - Fupin</source>
        <translation>%1 - 扶贫工作台</translation>
    </message>
    <message>
        <source>a new household</source>
        <translation>一个新建农户</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>未保存的工作</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) had unsaved changes when Fupin last stopped: %1. Restore them?</source>
        <translation>
            <numerusform>扶贫工作台上次退出时，有 %n 户的修改未保存：%1。要恢复吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Discard the unsaved changes for good?</source>
        <translation>永久丢弃未保存的修改吗？</translation>
    </message>
    <message>
        <source>Household %1 was deleted; tick &quot;Deleted&quot; to see and restore it.</source>
        <translation>农户 %1 已删除；勾选“已删除”可查看并恢复。</translation>
    </message>
    <message>
        <source>Open County File</source>
        <translation>打开县数据库文件</translation>
    </message>
    <message>
        <source>County files (*.fupin *.sqlite *.db);;All files (*)</source>
        <translation>县数据库文件 (*.fupin *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About Fupin</source>
        <translation>关于扶贫工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fupin %1&lt;/h3&gt;&lt;p&gt;The register of poor and monitored households for county poverty-alleviation offices: households, cadres, visits, projects and funds.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;扶贫工作台 %1&lt;/h3&gt;&lt;p&gt;供县扶贫办使用的贫困户和监测户登记管理系统：农户、帮扶责任人、走访、项目和资金。&lt;/p&gt;&lt;p&gt;自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>household %1</source>
        <translation>农户 %1</translation>
    </message>
    <message>
        <source>&amp;Check the County File</source>
        <translation>检查县数据库文件(&amp;C)</translation>
    </message>
    <message>
        <source>Open a county file first.</source>
        <translation>请先打开一个县数据库文件。</translation>
    </message>
    <message>
        <source>Check the County File</source>
        <translation>检查县数据库文件</translation>
    </message>
    <message>
        <source>The county file %1 is sound: its structure and the links between its records are intact.</source>
        <translation>县数据库文件 %1 完好：文件结构和记录之间的关联都没有问题。</translation>
    </message>
    <message>
        <source>The county file %1 has these problems:</source>
        <translation>县数据库文件 %1 有以下问题：</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>This county&apos;s households are invented, for trying Fupin out. Do not enter real households into it.</source>
        <translation>该县的农户均为虚构，仅供试用。请勿在其中录入真实农户。</translation>
    </message>
    <message>
        <source>H&amp;ousehold</source>
        <translation>农户(&amp;O)</translation>
    </message>
    <message>
        <source>%1 (demo data) - Fupin</source>
        <translation>%1（演示数据）- 扶贫工作台</translation>
    </message>
    <message>
        <source>The county file is open for reading only: changes cannot be saved.</source>
        <translation>县数据库文件以只读方式打开：修改无法保存。</translation>
    </message>
    <message>
        <source>Read-only county file</source>
        <translation>只读的县数据库文件</translation>
    </message>
    <message>
        <source>The county file %1 is read-only, or its folder is: Fupin cannot save changes in it.

To work in it, copy it to a folder of your own (for example Documents) and open the copy, or remove the read-only mark in the file&apos;s properties. You can also open it only to look things up.</source>
        <translation>县数据库文件 %1 或其所在文件夹是只读的：扶贫工作台无法在其中保存修改。

如需在其中工作，请把它复制到自己的文件夹（例如“文档”）中，再打开该副本；或在文件属性中去掉“只读”标记。也可以只读打开，仅用于查询。</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>只读打开(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;witch User...</source>
        <translation>切换用户(&amp;W)...</translation>
    </message>
    <message>
        <source>Working: %1 · %2</source>
        <translation>当前用户：%1 · %2</translation>
    </message>
    <message>
        <source>This county opens without a password (one account, no password); the administrator can set one under File &gt; Accounts.</source>
        <translation>本县不需密码即可打开（只有一个账号且未设密码）；管理员可在“文件 &gt; 账号管理”中设置密码。</translation>
    </message>
    <message>
        <source>%1 stopped working; %2 is working now.</source>
        <translation>%1 已退出，现在由 %2 操作。</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>账号管理(&amp;A)</translation>
    </message>
    <message>
        <source>Poverty &amp;Line and Threshold...</source>
        <translation>贫困线与监测标准(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Import Households...</source>
        <translation>导入农户(&amp;I)...</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <comment>the window title of a county file open only for reading</comment>
        <translation>%1 [只读]</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Change the assistance measure</source>
        <translation>修改帮扶措施</translation>
    </message>
    <message>
        <source>New assistance measure</source>
        <translation>新增帮扶措施</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>措施类别(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>措施内容(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Brought by ca&amp;dre:</source>
        <translation>帮扶干部(&amp;D)：</translation>
    </message>
    <message>
        <source>Brought by &amp;unit:</source>
        <translation>帮扶单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>帮扶成效(&amp;R)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>所属项目(&amp;P)：</translation>
    </message>
    <message>
        <source>There is no project &quot;%1&quot;: choose one from the list, or (none).</source>
        <translation>没有名为“%1”的项目：请从列表中选择，或选择（无）。</translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>member no. %1</source>
        <translation>第 %1 名成员</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>劳动技能</translation>
    </message>
</context>
<context>
    <name>MembersSection</name>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+M)</source>
        <translation>添加成员（Ctrl+M）</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>删除成员(&amp;V)</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Make &amp;head</source>
        <translation>设为户主(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>I&amp;D number:</source>
        <translation>身份证号(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Relation to head:</source>
        <translation>与户主关系(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation>民族(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Political status:</source>
        <translation>政治面貌(&amp;P)：</translation>
    </message>
    <message>
        <source>Ed&amp;ucation:</source>
        <translation>文化程度(&amp;U)：</translation>
    </message>
    <message>
        <source>S&amp;chooling:</source>
        <translation>在校生状况(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Labour:</source>
        <translation>劳动技能(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation>务工状况(&amp;W)：</translation>
    </message>
    <message>
        <source>Work &amp;place:</source>
        <translation>务工地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Months &amp;worked:</source>
        <translation>务工时间（月）(&amp;W)：</translation>
    </message>
    <message>
        <source>Dr&amp;opout reason:</source>
        <translation>失学或辍学原因(&amp;O)：</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>健康状况：</translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation>基本医疗保险</translation>
    </message>
    <message>
        <source>Serious-illness insurance</source>
        <translation>大病保险</translation>
    </message>
    <message>
        <source>Commercial insurance</source>
        <translation>补充商业保险</translation>
    </message>
    <message>
        <source>Pension insurance</source>
        <translation>养老保险</translation>
    </message>
    <message>
        <source>Subsistence allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Extreme-poverty support</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Public-welfare job</source>
        <translation>公益岗位</translation>
    </message>
    <message>
        <source>Welfare-job mo&amp;nths:</source>
        <translation>公益岗位月数(&amp;N)：</translation>
    </message>
    <message>
        <source>Make %1 the head</source>
        <translation>将 %1 设为户主</translation>
    </message>
    <message>
        <source>Sex and birth date from the ID number</source>
        <translation>根据身份证号填写性别和出生日期</translation>
    </message>
    <message>
        <source>this member</source>
        <translation>该成员</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <source>Remove %1 from the household? The member is removed when the household is saved.</source>
        <translation>从该户中删除 %1 吗？保存该户时才会真正删除。</translation>
    </message>
</context>
<context>
    <name>MicroloanBook</name>
    <message>
        <source>Crop growing</source>
        <translation>种植业</translation>
    </message>
    <message>
        <source>Livestock breeding</source>
        <translation>养殖业</translation>
    </message>
    <message>
        <source>Processing of farm products</source>
        <translation>农产品加工</translation>
    </message>
    <message>
        <source>Small trade and services</source>
        <translation>商贸流通和服务业</translation>
    </message>
    <message>
        <source>Rural tourism</source>
        <translation>乡村旅游</translation>
    </message>
    <message>
        <source>Handicrafts</source>
        <translation>手工业</translation>
    </message>
    <message>
        <source>Choose the household that borrows.</source>
        <translation>请选择贷款农户。</translation>
    </message>
    <message>
        <source>Enter the bank that lends.</source>
        <translation>请填写放贷银行。</translation>
    </message>
    <message>
        <source>Refused by the amount rule: a microcredit loan is more than 0 and at most %1 yuan; this one is %2 yuan.</source>
        <translation>不符合额度规定：扶贫小额信贷金额须大于 0 且不超过 %1 元，本笔为 %2 元。</translation>
    </message>
    <message>
        <source>Refused by the term rule: a microcredit loan runs for 1 to %1 months (3 years); this one is %2 months.</source>
        <translation>不符合期限规定：扶贫小额信贷期限为 1 至 %1 个月（3 年以内），本笔为 %2 个月。</translation>
    </message>
    <message>
        <source>Refused by the purpose rule: microcredit is for production only (growing, breeding, processing, small trade, rural tourism or handicrafts).</source>
        <translation>不符合用途规定：扶贫小额信贷只能用于生产经营（种植、养殖、加工、商贸服务、乡村旅游或手工业）。</translation>
    </message>
    <message>
        <source>Enter the date of the loan.</source>
        <translation>请填写放款日期。</translation>
    </message>
    <message>
        <source>The due date must be the loan date plus the term.</source>
        <translation>到期日须为放款日期加贷款期限。</translation>
    </message>
    <message>
        <source>Choose the borrower from the members of the household.</source>
        <translation>请从该户家庭成员中选择借款人。</translation>
    </message>
    <message>
        <source>The borrower %1 is not a member of the household that borrows.</source>
        <translation>借款人 %1 不是贷款农户的家庭成员。</translation>
    </message>
    <message>
        <source>Refused by the age rule: the borrower&apos;s age is read from the ID number, and the ID number of %1 is not valid. Correct it in the register first.</source>
        <translation>不符合年龄规定：借款人年龄按身份证号计算，而 %1 的身份证号无效。请先在建档立卡信息中更正。</translation>
    </message>
    <message>
        <source>Refused by the age rule: the borrower must be %1 to %2 years old on the loan date; %3 is %4 on %5.</source>
        <translation>不符合年龄规定：借款人在放款日须年满 %1 周岁且不超过 %2 周岁；%3 在 %5 为 %4 周岁。</translation>
    </message>
    <message>
        <source>A repayment is more than 0.00 yuan.</source>
        <translation>还款金额须大于 0.00 元。</translation>
    </message>
    <message>
        <source>Give the reason for the extension (展期).</source>
        <translation>请填写展期原因。</translation>
    </message>
    <message>
        <source>Enter the new due date.</source>
        <translation>请填写新的到期日。</translation>
    </message>
    <message>
        <source>An interest subsidy is more than 0.00 yuan.</source>
        <translation>贴息金额须大于 0.00 元。</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>Loan %1 does not exist or has been deleted.</source>
        <translation>贷款 %1 不存在或已删除。</translation>
    </message>
    <message>
        <source>The date cannot be before the loan date (%1).</source>
        <translation>日期不能早于放款日期（%1）。</translation>
    </message>
    <message>
        <source>The repayment of %1 yuan is more than the %2 yuan still owed.</source>
        <translation>还款 %1 元超过了尚欠的 %2 元。</translation>
    </message>
    <message>
        <source>An extension moves the due date later than %1.</source>
        <translation>展期后的到期日须晚于 %1。</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>还款</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>续建</translation>
    </message>
    <message>
        <source>Interest subsidy</source>
        <translation>贴息</translation>
    </message>
    <message>
        <source>Refused: loan %1 has repayments, so its amount (%2 yuan) and its date (%3) can no longer change. A mistyped repayment is corrected by reversing it.</source>
        <translation>拒绝：贷款 %1 已有还款，其金额（%2 元）和日期（%3）不能再更改。录错的还款通过冲销更正。</translation>
    </message>
    <message>
        <source>Loan event %1 does not exist.</source>
        <translation>贷款事项 %1 不存在。</translation>
    </message>
    <message>
        <source>Loan event %1 is itself a reversal and cannot be reversed; enter the right event anew.</source>
        <translation>贷款事项 %1 本身是冲销，不能再冲销；请重新录入正确的事项。</translation>
    </message>
    <message>
        <source>Loan event %1 has already been reversed by event %2.</source>
        <translation>贷款事项 %1 已被事项 %2 冲销。</translation>
    </message>
    <message>
        <source>Give the reason for reversing loan event %1.</source>
        <translation>请填写冲销贷款事项 %1 的原因。</translation>
    </message>
    <message>
        <source>A reversal cannot be dated before the event it reverses (%1).</source>
        <translation>冲销日期不能早于被冲销的事项（%1）。</translation>
    </message>
    <message>
        <source>Loan event %1 cannot be reversed.</source>
        <translation>贷款事项 %1 无法冲销。</translation>
    </message>
    <message>
        <source>The loan&apos;s repayments cannot be added up.</source>
        <translation>无法汇总该笔贷款的还款。</translation>
    </message>
    <message>
        <source>An amount can be at most %1 yuan.</source>
        <translation>金额最多为 %1 元。</translation>
    </message>
    <message>
        <source>Loan %1 holds amounts out of bounds.</source>
        <translation>贷款 %1 的金额超出范围。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>No amount was given.</source>
        <translation>没有填写金额。</translation>
    </message>
    <message>
        <source>An amount has only one decimal point.</source>
        <translation>金额只能有一个小数点。</translation>
    </message>
    <message>
        <source>Commas separate thousands before the decimal point, as in 3,250.50.</source>
        <translation>逗号只用作小数点前的千位分隔符，如 3,250.50。</translation>
    </message>
    <message>
        <source>An amount cannot have spaces between its digits.</source>
        <translation>金额的数字之间不能有空格。</translation>
    </message>
    <message>
        <source>A minus sign can only stand before the amount.</source>
        <translation>负号只能写在金额前面。</translation>
    </message>
    <message>
        <source>“%1” cannot be part of an amount.</source>
        <translation>金额中不能有“%1”。</translation>
    </message>
    <message>
        <source>Commas separate thousands, as in 3,250.50; write decimals after a point.</source>
        <translation>逗号用作千位分隔符，如 3,250.50；小数请写在小数点后。</translation>
    </message>
    <message>
        <source>The amount has no digits.</source>
        <translation>金额中没有数字。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多保留两位小数（到分）。</translation>
    </message>
    <message>
        <source>An amount can be at most %1 yuan.</source>
        <translation>金额不能超过 %1 元。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
</context>
<context>
    <name>NewCountyDialog</name>
    <message>
        <source>New County File</source>
        <translation>新建县数据库文件</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>None (an empty county)</source>
        <translation>无（空白县数据）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>County &amp;code:</source>
        <translation>县代码(&amp;C)：</translation>
    </message>
    <message>
        <source>County &amp;name:</source>
        <translation>县名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Demo households:</source>
        <translation>演示农户数(&amp;D)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>County files (*.fupin)</source>
        <translation>县数据库文件 (*.fupin)</translation>
    </message>
    <message>
        <source>Choose where to save the county file.</source>
        <translation>请选择县数据库文件的保存位置。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>The county code has 6 digits, e.g. 522633.</source>
        <translation>县代码为 6 位数字，例如 522633。</translation>
    </message>
    <message>
        <source>Enter the county&apos;s name, e.g. 从江县.</source>
        <translation>请输入县名称，例如“从江县”。</translation>
    </message>
</context>
<context>
    <name>NoticeButton</name>
    <message>
        <source>&amp;Print Notice…</source>
        <translation>打印公示(&amp;P)…</translation>
    </message>
    <message>
        <source>Print a public notice (公示) for the division chosen in the tree (%1)</source>
        <translation>为左侧树中选中的区划打印公示（%1）</translation>
    </message>
    <message>
        <source>Print Notice</source>
        <translation>打印公示</translation>
    </message>
</context>
<context>
    <name>NoticeCommands</name>
    <message>
        <source>  notice --db FILE --kind funds|projects|benefits --division CODE --out FILE.pdf [--year Y]
         [--posted DATE] [--days N]                 a public notice (公示) as a PDF</source>
        <translation>  notice --db 文件 --kind funds|projects|benefits --division 代码 --out 文件.pdf [--year 年度]
         [--posted 日期] [--days 天数]              将公示输出为 PDF</translation>
    </message>
    <message>
        <source>What the notice posts: funds, projects or benefits.</source>
        <translation>公示的内容：funds（资金）、projects（项目）或 benefits（政策享受）。</translation>
    </message>
    <message>
        <source>The code of the county, township, village or group it is posted for.</source>
        <translation>公示所针对的县、乡镇、村或村民小组的代码。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation>只含该年度。</translation>
    </message>
    <message>
        <source>The posting date (YYYY-MM-DD); today when not given.</source>
        <translation>张贴日期（YYYY-MM-DD）；未给出时为今天。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of notice; give --kind funds, projects or benefits.</source>
        <translation>“%1”不是公示类型；请用 --kind funds、projects 或 benefits。</translation>
    </message>
    <message>
        <source>Give the code of the division the notice is for with --division (see `fupin-cli divisions`).</source>
        <translation>请用 --division 给出公示所针对的区划代码（见 `fupin-cli divisions`）。</translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out, a name ending in .pdf.</source>
        <translation>请用 --out 给出要写入的 PDF 文件，文件名以 .pdf 结尾。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>“%1”不是年度。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days.</source>
        <translation>“%1”不是天数。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n row(s), posted %3 to %4.</source>
        <translation>
            <numerusform>已写入 %1：%2，共 %n 行，公示期 %3 至 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Days the notice stays posted (at least 10, benefits at least 5); the county&apos;s setting when not given.</source>
        <translation>公示天数（至少10天，政策享受公示至少5天）；不指定时用本县的设置。</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Print a Public Notice</source>
        <translation>打印公示</translation>
    </message>
    <message>
        <source>Choose another division in the tree on the left.</source>
        <translation>如需其他区划，请在左侧树中选择。</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>所有年度</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation>区划(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>P&amp;osted on:</source>
        <translation>张贴日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Posted &amp;for:</source>
        <translation>公示期(&amp;F)：</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the Notice as PDF</source>
        <translation>将公示另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>NoticeDocument</name>
    <message>
        <source> (seal)</source>
        <translation>（盖章）</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>No output file was given.</source>
        <translation>没有指定输出文件。</translation>
    </message>
    <message>
        <source> (a link to %1)</source>
        <translation>（指向 %1 的链接）</translation>
    </message>
    <message>
        <source>%1%2 is a folder; give the name of a file to write.</source>
        <translation>%1%2 是一个文件夹；请给出要写入的文件名。</translation>
    </message>
    <message>
        <source>%1%2 is the file being read; it would be overwritten. Nothing was written: give another file name.</source>
        <translation>%1%2 就是正在读取的文件，写入会覆盖它。未写入任何内容：请换一个文件名。</translation>
    </message>
    <message>
        <source>%1%2 belongs to the county file %3 being read; writing it would damage the county. Nothing was written: give another file name.</source>
        <translation>%1%2 属于正在读取的县数据文件 %3，写入会损坏县数据。未写入任何内容：请换一个文件名。</translation>
    </message>
    <message>
        <source>%1%2 is a county file (an SQLite database); it is never overwritten. Nothing was written: give another file name.</source>
        <translation>%1%2 是县数据文件（SQLite 数据库），绝不会被覆盖。未写入任何内容：请换一个文件名。</translation>
    </message>
    <message>
        <source>%1%2 belongs to the county file %3; writing it would damage the county. Nothing was written: give another file name.</source>
        <translation>%1%2 属于县数据文件 %3，写入会损坏县数据。未写入任何内容：请换一个文件名。</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Choose the responsible cadre</source>
        <translation>选择帮扶责任人</translation>
    </message>
    <message numerus="yes">
        <source>Pair %n households with a cadre</source>
        <translation>
            <numerusform>为 %n 户结对帮扶干部</numerusform>
        </translation>
    </message>
    <message>
        <source>Name, phone, unit or post</source>
        <translation>姓名、电话、单位或职务</translation>
    </message>
    <message>
        <source>&amp;Search cadres:</source>
        <translation>查找干部(&amp;S)：</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>联系户数</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>&amp;Cadre:</source>
        <translation>干部(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Only needed when the cadre goes over the cap of their rank</source>
        <translation>仅在干部联系户数超出其职级上限时填写</translation>
    </message>
    <message>
        <source>&amp;Reason for going over the cap:</source>
        <translation>超出上限原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>结对(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a cadre from the list.</source>
        <translation>请从列表中选择一名干部。</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password library could not be started.</source>
        <translation>无法启动密码库。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法加密保存密码。</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Give the password in the environment variable %1 (never as an argument: it would show in the process list), or run the command on a terminal to be asked for it.</source>
        <translation>请通过环境变量 %1 提供密码（不要作为参数，否则会显示在进程列表中），或在终端中运行命令以便输入密码。</translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>没有输入密码。</translation>
    </message>
    <message>
        <source>Once more: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何修改。</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>电话号码为空。</translation>
    </message>
    <message>
        <source>Only digits, spaces, hyphens and brackets are allowed in a phone number.</source>
        <translation>电话号码只能包含数字、空格、连字符和括号。</translation>
    </message>
    <message>
        <source>The phone number has no digits.</source>
        <translation>电话号码中没有数字。</translation>
    </message>
    <message>
        <source>Only mainland China numbers (+86) are accepted.</source>
        <translation>只接受中国大陆号码（+86）。</translation>
    </message>
    <message>
        <source>The phone number has nothing after the country code +86.</source>
        <translation>国家代码 +86 之后没有号码。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this one has %1.</source>
        <translation>手机号码应为 11 位；此号码为 %1 位。</translation>
    </message>
    <message>
        <source>A mobile number must start with 13 to 19, not %1.</source>
        <translation>手机号码必须以 13 至 19 开头，不能以 %1 开头。</translation>
    </message>
    <message>
        <source>The area code %1 does not exist.</source>
        <translation>区号 %1 不存在。</translation>
    </message>
    <message>
        <source>After the area code %1 a landline number has 7 or 8 digits; this one has %2.</source>
        <translation>区号 %1 之后的固定电话号码应为 7 或 8 位；此号码为 %2 位。</translation>
    </message>
    <message>
        <source>A landline number cannot start with 0 after the area code.</source>
        <translation>区号之后的固定电话号码不能以 0 开头。</translation>
    </message>
    <message>
        <source>A landline number has 7 or 8 digits (11 for a mobile); this one has %1.</source>
        <translation>固定电话号码应为 7 或 8 位（手机号码为 11 位）；此号码为 %1 位。</translation>
    </message>
</context>
<context>
    <name>PhotoFile</name>
    <message>
        <source>The photo %1 does not exist.</source>
        <translation>照片 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a photo file may be at most %3 MB. Choose a smaller photo.</source>
        <translation>%1 有 %2 MB，照片文件最大 %3 MB。请选择较小的照片。</translation>
    </message>
    <message>
        <source>The photo %1 cannot be read: %2</source>
        <translation>无法读取照片 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a photo; it may be damaged.</source>
        <translation>%1 无法作为照片读取，文件可能已损坏。</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels, too large to open; a photo may have at most %4 million pixels.</source>
        <translation>%1 为 %2 × %3 像素，太大无法打开；照片最多 %4 百万像素。</translation>
    </message>
    <message>
        <source>%1 could not be converted to JPEG on this computer.</source>
        <translation>本机无法将 %1 转换为 JPEG。</translation>
    </message>
    <message>
        <source>%1 could not be made small enough to store.</source>
        <translation>无法将 %1 压缩到可保存的大小。</translation>
    </message>
</context>
<context>
    <name>PhotoViewerDialog</name>
    <message>
        <source>The photo cannot be shown: its stored data is not a readable image.</source>
        <translation>无法显示照片：保存的数据不是可读取的图片。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 KB</source>
        <translation>%1 × %2 像素，%3 KB</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PovertyStandards</name>
    <message>
        <source>The poverty lines and thresholds of %1 could not be read: %2</source>
        <translation>无法读取 %1 的贫困线和监测标准：%2</translation>
    </message>
    <message>
        <source>poverty line</source>
        <translation>贫困线</translation>
    </message>
    <message>
        <source>monitoring threshold</source>
        <translation>监测标准</translation>
    </message>
    <message>
        <source>The year of a %1 must be between %2 and %3.</source>
        <translation>%1的年度须在 %2 至 %3 之间。</translation>
    </message>
    <message>
        <source>The poverty line is used up to %1; from %2 households are measured against the monitoring threshold. Set the threshold of %3 instead.</source>
        <translation>贫困线只用到 %1 年；从 %2 年起按监测标准衡量农户。请设置 %3 年的监测标准。</translation>
    </message>
    <message>
        <source>The monitoring threshold is used from %1; up to %2 households are measured against the poverty line. Set the line of %3 instead.</source>
        <translation>监测标准从 %1 年起使用；%2 年及以前按贫困线衡量农户。请设置 %3 年的贫困线。</translation>
    </message>
    <message>
        <source>The %1 of %2 must be more than 0 and at most %3 yuan per person a year.</source>
        <translation>%2 年的%1须大于 0，且不超过每人每年 %3 元。</translation>
    </message>
    <message>
        <source>The %1 of %2 could not be saved in %3.</source>
        <translation>%2 年的%1未能保存到 %3。</translation>
    </message>
</context>
<context>
    <name>PovertyStandardsDialog</name>
    <message>
        <source>Poverty Line and Monitoring Threshold</source>
        <translation>贫困线与监测标准</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Measured against</source>
        <translation>衡量标准</translation>
    </message>
    <message>
        <source>Poverty line (yuan)</source>
        <translation>贫困线（元）</translation>
    </message>
    <message>
        <source>Monitoring threshold (yuan)</source>
        <translation>监测标准（元）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>e.g. the province&apos;s notice that published it</source>
        <translation>例如：公布该标准的省级文件</translation>
    </message>
    <message>
        <source>Se&amp;t</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>Up to %1 a household&apos;s per-capita net income is measured against the poverty line, from %2 against the monitoring threshold the province sets each year. Figures marked placeholder are guesses shipped with Fupin: replace them with your province&apos;s.</source>
        <translation>%1 年及以前，农户人均纯收入按贫困线衡量；从 %2 年起按省里每年确定的监测标准衡量。标为 placeholder 的数字是本软件自带的估计值，请换成本省公布的标准。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The county file is open read-only.</source>
        <translation>县数据文件以只读方式打开。</translation>
    </message>
    <message>
        <source>Only county-level accounts change the poverty line and the monitoring threshold.</source>
        <translation>只有县级账号可以修改贫困线和监测标准。</translation>
    </message>
    <message>
        <source>poverty line</source>
        <translation>贫困线</translation>
    </message>
    <message>
        <source>monitoring threshold</source>
        <translation>监测标准</translation>
    </message>
    <message>
        <source>Poverty &amp;line (yuan per person a year):</source>
        <translation>贫困线（元/人·年）(&amp;L)：</translation>
    </message>
    <message>
        <source>Monitoring &amp;threshold (yuan per person a year):</source>
        <translation>监测标准（元/人·年）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Incidence line and rural population...</source>
        <translation>贫困发生率标准与农村人口(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>PrintCardsDialog</name>
    <message>
        <source>Print Household Cards</source>
        <translation>打印明白卡</translation>
    </message>
    <message numerus="yes">
        <source>The %n household(s) selected in the list</source>
        <translation>
            <numerusform>列表中所选的 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>Every household of %1</source>
        <translation>%1的全部农户</translation>
    </message>
    <message>
        <source>A4, one card page a sheet</source>
        <translation>A4，每张纸一页卡</translation>
    </message>
    <message>
        <source>A5, two card pages on an A4 sheet</source>
        <translation>A5，每张 A4 纸两页卡</translation>
    </message>
    <message>
        <source>Households:</source>
        <translation>农户：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>版式(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>There is no household to print a card for.</source>
        <translation>没有可打印明白卡的农户。</translation>
    </message>
    <message>
        <source>Household cards %1</source>
        <translation>%1年明白卡</translation>
    </message>
    <message>
        <source>Household cards %1 — preview</source>
        <translation>%1年明白卡 — 预览</translation>
    </message>
    <message>
        <source>Printing household cards…</source>
        <translation>正在打印明白卡…</translation>
    </message>
    <message>
        <source>Household cards %1 %2</source>
        <translation>明白卡 %1 %2年</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>所选农户</translation>
    </message>
    <message>
        <source>Save the Household Cards as PDF</source>
        <translation>将明白卡另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving household cards…</source>
        <translation>正在保存明白卡…</translation>
    </message>
    <message>
        <source>Cancelled: no file was written and no card was logged.</source>
        <translation>已取消：没有写入文件，也没有登记任何明白卡。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n card(s) on %2 page(s), each entered in the print log.</source>
        <translation>
            <numerusform>已保存 %1：明白卡 %n 张，共 %2 页，每张都已登记打印记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Car&amp;d:</source>
        <translation>卡片(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>ProgressChartPanel</name>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or a PDF</source>
        <translation>将此图表保存为 PNG 图片或 PDF</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The chart could not be drawn into %1.</source>
        <translation>无法将图表绘制到 %1。</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProgressChecks</name>
    <message>
        <source>Choose the division the goal is for.</source>
        <translation>请选择目标所属的区划。</translation>
    </message>
    <message>
        <source>The year of a goal must be between 2000 and 2100.</source>
        <translation>目标的年度须在 2000 至 2100 之间。</translation>
    </message>
    <message>
        <source>A goal cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <source>The timetable cannot plan a negative number of households (month %1).</source>
        <translation>时间表中的户数不能为负数（%1 月）。</translation>
    </message>
    <message>
        <source>The goal names %1 people for %2 households; each household has at least one person.</source>
        <translation>目标为 %2 户却只有 %1 人；每户至少有一人。</translation>
    </message>
    <message>
        <source>The months plan %1 household(s) but the year&apos;s goal is %2: make the timetable add up to the goal, or clear it.</source>
        <translation>各月计划合计 %1 户，而全年目标为 %2 户：请使时间表合计等于目标，或清空时间表。</translation>
    </message>
</context>
<context>
    <name>ProgressGoals</name>
    <message>
        <source>households to lift out of poverty</source>
        <translation>脱贫户数</translation>
    </message>
    <message>
        <source>monitoring households to clear of risk</source>
        <translation>监测户风险消除户数</translation>
    </message>
    <message>
        <source>The goals of %1 could not be read from %2: %3</source>
        <translation>无法从 %2 读取 %1 年的目标：%3</translation>
    </message>
    <message>
        <source>The divisions of %1 could not be read: %2</source>
        <translation>无法读取 %1 的区划：%2</translation>
    </message>
    <message>
        <source>Goals are set for the county, its townships and villages; division %1 is none of them.</source>
        <translation>目标只为县、乡镇和行政村设置；区划 %1 不属于这些。</translation>
    </message>
    <message>
        <source>There is no division with the code %1 in %2 (see `fupin-cli divisions`).</source>
        <translation>%2 中没有代码为 %1 的区划（见 `fupin-cli divisions`）。</translation>
    </message>
    <message>
        <source>Goals are set for the county, its townships and villages, not for a villager group such as %1.</source>
        <translation>目标只为县、乡镇和行政村设置，不为%1这样的村民小组设置。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the goal is for %1, not %2.</source>
        <translation>该目标属于 %1 年，不是 %2 年。</translation>
    </message>
    <message>
        <source>the goal is given twice.</source>
        <translation>该目标重复给出。</translation>
    </message>
    <message>
        <source>%1 set this goal at %2 after you opened it. Reload the goals to see it, then make your change again.</source>
        <translation>在您打开之后，%1 于 %2 设置了这个目标。请重新读取目标查看，然后再修改。</translation>
    </message>
    <message>
        <source>the goal that was read is no longer in the file. Reload the goals.</source>
        <translation>读取的目标已不在文件中。请重新读取目标。</translation>
    </message>
    <message>
        <source>%1 changed this goal at %2 after you opened it. Reload the goals to see it, then make your change again.</source>
        <translation>在您打开之后，%1 于 %2 修改了这个目标。请重新读取目标查看，然后再修改。</translation>
    </message>
    <message>
        <source>No goal was saved:</source>
        <translation>未保存任何目标：</translation>
    </message>
    <message>
        <source>The goal of %1 could not be saved: %2</source>
        <translation>%1的目标未能保存：%2</translation>
    </message>
</context>
<context>
    <name>ProgressIndicators</name>
    <message>
        <source>The year %1 is not one the register can hold.</source>
        <translation>年度 %1 不在登记系统可记录的范围内。</translation>
    </message>
    <message>
        <source>Division %1 does not exist in %2.</source>
        <translation>%2 中不存在区划 %1。</translation>
    </message>
    <message>
        <source>No measure within a month</source>
        <translation>一个月内未落实措施</translation>
    </message>
    <message numerus="yes">
        <source>Not visited for %n day(s)</source>
        <translation>
            <numerusform>%n 天未走访</numerusform>
        </translation>
    </message>
    <message>
        <source>No assistance unit</source>
        <translation>无帮扶单位</translation>
    </message>
    <message>
        <source>The incidence line is 2% or 3% (3% in the west); %1% is neither.</source>
        <translation>贫困发生率标准为 2% 或 3%（西部为 3%）；%1% 都不是。</translation>
    </message>
    <message>
        <source>the incidence line</source>
        <translation>贫困发生率标准</translation>
    </message>
    <message>
        <source>Division %1 is not a village of %2.</source>
        <translation>区划 %1 不是 %2 中的村。</translation>
    </message>
    <message>
        <source>The rural population of %1 must be between 1 and %2 people (0 removes it); %3 is not.</source>
        <translation>%1的农村户籍人口须在 1 至 %2 人之间（0 为删除）；%3 不符合。</translation>
    </message>
    <message>
        <source>the rural population of %1</source>
        <translation>%1的农村户籍人口</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2.</source>
        <translation>%1未能保存到 %2。</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the whole dashboard on A4 landscape (a preview first)</source>
        <translation>在 A4 横向纸上打印整个仪表盘（先预览）</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the whole dashboard as a PDF</source>
        <translation>将整个仪表盘保存为 PDF</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Exit and risk assessment</source>
        <translation>退出与风险消除评估</translation>
    </message>
    <message>
        <source>Exits per month, cumulative, against the goal</source>
        <translation>每月脱贫（消除风险）及累计，对照目标</translation>
    </message>
    <message>
        <source>Measures within a month, visits overdue</source>
        <translation>措施落实及时性、走访逾期</translation>
    </message>
    <message>
        <source>Poverty incidence by village</source>
        <translation>各村贫困发生率</translation>
    </message>
    <message>
        <source>Households by main cause (now)</source>
        <translation>按主要致贫原因的农户（当前）</translation>
    </message>
    <message>
        <source>Households by attribute (now)</source>
        <translation>按户属性的农户（当前）</translation>
    </message>
    <message>
        <source>Households by status (now)</source>
        <translation>按状态的农户（当前）</translation>
    </message>
    <message>
        <source>Monitoring households by category</source>
        <translation>按类别的监测户</translation>
    </message>
    <message>
        <source>Monitoring households by risk (now)</source>
        <translation>按风险类型的监测户（当前）</translation>
    </message>
    <message>
        <source>Visits per month</source>
        <translation>每月走访次数</translation>
    </message>
    <message>
        <source>Funds by source (10,000 yuan)</source>
        <translation>按来源的资金（万元）</translation>
    </message>
    <message>
        <source>Funds by assistance form (10,000 yuan)</source>
        <translation>按帮扶形式的资金（万元）</translation>
    </message>
    <message>
        <source>Projects of the year by status</source>
        <translation>本年度项目按状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>G</source>
        <comment>the one character on the progress area&apos;s icon</comment>
        <translation>进</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a year as written on the dashboard (2019年)</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1, %2: incidence %3% (%4 poor people of %5), %6 %7 in the year.</source>
        <translation>%1，%2：贫困发生率 %3%（%5 人中贫困人口 %4 人），全年%7 %6 户。</translation>
    </message>
    <message>
        <source>households cleared of risk</source>
        <translation>消除风险户</translation>
    </message>
    <message>
        <source>households out of poverty</source>
        <translation>脱贫户</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Monitoring households</source>
        <translation>监测户</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (%n household(s))</source>
        <translation>
            <numerusform>%1，%2：%3（%n 户）</numerusform>
        </translation>
    </message>
    <message>
        <source>Risks cleared</source>
        <translation>消除风险</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>脱贫</translation>
    </message>
    <message>
        <source>%1 in the month (households)</source>
        <translation>当月%1（户）</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>%1 in month %2</source>
        <translation>%2月%1</translation>
    </message>
    <message>
        <source>risk cleared</source>
        <translation>消除风险</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>脱贫</translation>
    </message>
    <message numerus="yes">
        <source>Goal: %n household(s)</source>
        <translation>
            <numerusform>目标：%n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>%1 households in %2; no goal is set for %3.</source>
        <translation>%2共 %1 户；%3未设定目标。</translation>
    </message>
    <message>
        <source>%1 of %2 households of the goal in %3.</source>
        <translation>%3已完成 %1 户，目标 %2 户。</translation>
    </message>
    <message>
        <source>At or under %1%</source>
        <translation>不高于 %1%</translation>
    </message>
    <message>
        <source>Over %1%</source>
        <translation>高于 %1%</translation>
    </message>
    <message>
        <source>poor at the end of the year in %1</source>
        <translation>%1年末贫困户</translation>
    </message>
    <message>
        <source>Poor people / rural registered people, %</source>
        <translation>贫困人口 / 农村户籍人口，%</translation>
    </message>
    <message>
        <source>Line %1%</source>
        <translation>标准线 %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) over the line.</source>
        <translation>
            <numerusform>%n 个村高于标准线。</numerusform>
        </translation>
    </message>
    <message>
        <source>* No rural population is recorded for the village: its registered people are counted instead.</source>
        <translation>* 该村未登记农村户籍人口，以建档立卡人口代替计算。</translation>
    </message>
    <message>
        <source>No households.</source>
        <translation>没有农户。</translation>
    </message>
    <message>
        <source>Monitored now</source>
        <translation>当前监测</translation>
    </message>
    <message>
        <source>Taken in, %1</source>
        <translation>%1纳入监测</translation>
    </message>
    <message>
        <source>Cleared, %1</source>
        <translation>%1消除风险</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>监测</translation>
    </message>
    <message>
        <source>No monitoring households.</source>
        <translation>没有监测户。</translation>
    </message>
    <message>
        <source>Taken into monitoring</source>
        <translation>纳入监测</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Measure within a month</source>
        <translation>一个月内落实措施</translation>
    </message>
    <message>
        <source>Paired with a cadre</source>
        <translation>已结对帮扶</translation>
    </message>
    <message>
        <source>To follow up (click for the list)</source>
        <translation>需跟进（点击查看名单）</translation>
    </message>
    <message>
        <source>%1% of the households identified in %2 had a measure within a month. Overdue: no visit in %3 days before %4.</source>
        <translation>%2识别的农户中 %1% 在一个月内落实了帮扶措施。走访逾期：%4 前 %3 天内未走访。</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已到账</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>No fund entries in %1.</source>
        <translation>%1无资金记录。</translation>
    </message>
    <message>
        <source>Receipts are the county&apos;s: they are shown for the whole county only.</source>
        <translation>到账资金属于全县，仅在全县范围显示。</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>No projects in %1.</source>
        <translation>%1没有项目。</translation>
    </message>
    <message>
        <source>Poverty alleviation progress</source>
        <translation>脱贫攻坚进度</translation>
    </message>
    <message>
        <source>Division: %1</source>
        <translation>区划：%1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>年度：%1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>Print the dashboard</source>
        <translation>打印仪表盘</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF</source>
        <translation>将仪表盘保存为 PDF</translation>
    </message>
    <message>
        <source>progress %1 %2.pdf</source>
        <translation>进度 %1 %2.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Goals and timetable</source>
        <translation>目标与时间表</translation>
    </message>
    <message numerus="yes">
        <source>Timetable: %n household(s) in the year</source>
        <translation>
            <numerusform>时间表：全年 %n 户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectChecks</name>
    <message>
        <source>Give the project a name.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <source>Choose the category of the project.</source>
        <translation>请选择项目类别。</translation>
    </message>
    <message>
        <source>A project is either new or an extension.</source>
        <translation>项目性质只能是新建或续建。</translation>
    </message>
    <message>
        <source>Choose the village (or township) where the project is built.</source>
        <translation>请选择项目建设地点（村或乡镇）。</translation>
    </message>
    <message>
        <source>The year of the project must be between 2000 and 2100.</source>
        <translation>项目年度须在 2000 至 2100 之间。</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>项目预算不能为负数。</translation>
    </message>
    <message>
        <source>The project cannot end before it starts.</source>
        <translation>项目完成时间不能早于开工时间。</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>No division in %1 has the code %2.</source>
        <translation>%1 中没有代码为 %2 的区划。</translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation>项目名称。</translation>
    </message>
    <message>
        <source>The category (project_category code).</source>
        <translation>项目类别（project_category 代码）。</translation>
    </message>
    <message>
        <source>new or extension.</source>
        <translation>new（新建）或 extension（续建）。</translation>
    </message>
    <message>
        <source>The code of the village, township or county where it is built.</source>
        <translation>项目建设地点的村、乡镇或县代码。</translation>
    </message>
    <message>
        <source>The project&apos;s year.</source>
        <translation>项目年度。</translation>
    </message>
    <message>
        <source>The planned start, YYYY-MM-DD.</source>
        <translation>计划开工日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The planned end, YYYY-MM-DD.</source>
        <translation>计划完工日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The unit responsible for it.</source>
        <translation>责任单位。</translation>
    </message>
    <message>
        <source>What is built or done.</source>
        <translation>建设内容。</translation>
    </message>
    <message>
        <source>The budget in yuan.</source>
        <translation>预算（元）。</translation>
    </message>
    <message>
        <source>The performance target (绩效目标).</source>
        <translation>绩效目标。</translation>
    </message>
    <message>
        <source>How it benefits poor households (带贫机制).</source>
        <translation>带贫机制。</translation>
    </message>
    <message>
        <source>The number of the assistance unit it comes from (0 for none).</source>
        <translation>来源帮扶单位的编号（无则为 0）。</translation>
    </message>
    <message>
        <source>The project&apos;s number.</source>
        <translation>项目编号。</translation>
    </message>
    <message>
        <source>Saved project %1 (%2).</source>
        <translation>已保存项目 %1（%2）。</translation>
    </message>
    <message>
        <source>The status it moves to: %1.</source>
        <translation>要进入的状态：%1。</translation>
    </message>
    <message>
        <source>The day of the step, YYYY-MM-DD.</source>
        <translation>该步骤的日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>cancelled: why.</source>
        <translation>cancelled（取消）：原因。</translation>
    </message>
    <message>
        <source>tendering: the procurement method.</source>
        <translation>tendering（招投标）：采购方式。</translation>
    </message>
    <message>
        <source>tendering: the winning bidder.</source>
        <translation>tendering（招投标）：中标单位。</translation>
    </message>
    <message>
        <source>tendering: the contract amount in yuan.</source>
        <translation>tendering（招投标）：合同金额（元）。</translation>
    </message>
    <message>
        <source>in_progress: the percentage done, 0–100.</source>
        <translation>in_progress（实施中）：完成百分比，0–100。</translation>
    </message>
    <message>
        <source>in_progress: the milestone reached.</source>
        <translation>in_progress（实施中）：已达到的节点。</translation>
    </message>
    <message>
        <source>accepted: the acceptance group.</source>
        <translation>accepted（已验收）：验收组。</translation>
    </message>
    <message>
        <source>accepted: the third-party audit result.</source>
        <translation>accepted（已验收）：第三方审计结果。</translation>
    </message>
    <message>
        <source>Give the status the project moves to with --to, one of: %1.</source>
        <translation>请用 --to 给出项目要进入的状态，可选：%1。</translation>
    </message>
    <message>
        <source>Project %1 is now %2 (%3).</source>
        <translation>项目 %1 现为“%2”（%3）。</translation>
    </message>
    <message>
        <source>A household that benefits (its code); give it once per household.</source>
        <translation>受益户（户编号）；每户给一次。</translation>
    </message>
    <message>
        <source>A household to take off the list (its code).</source>
        <translation>要从受益户名单中移除的户（户编号）。</translation>
    </message>
    <message numerus="yes">
        <source>%n beneficiary household(s).</source>
        <translation>
            <numerusform>%n 户受益户。</numerusform>
        </translation>
    </message>
    <message>
        <source>  projects add --db FILE --name N --category C --division CODE --year Y [--nature new|extension]
       [--start DATE] [--end DATE] [--responsible-unit T] [--content T] [--budget YUAN] [--target T]
       [--mechanism T] [--unit N] [--json]          a new project, proposed
  projects edit --db FILE --project N [the fields of add] [--json]
                                                    changes a project&apos;s fields
  projects step --db FILE --project N --to STATUS --date DATE [--reason T] [--procurement T]
       [--bidder B] [--contract YUAN] [--progress N] [--milestone T] [--accepted-by T]
       [--audit-result T] [--json]                  moves a project to its next status
  projects history --db FILE --project N [--json]   a project&apos;s steps
  projects beneficiaries --db FILE --project N [--add CODE]... [--remove CODE]... [--json]
                                                    the households that benefit, changed or listed
  (add, edit, step and beneficiaries also read their fields from a JSON object with --input FILE)</source>
        <translation>  projects add --db FILE --name N --category C --division CODE --year Y [--nature new|extension]
       [--start DATE] [--end DATE] [--responsible-unit T] [--content T] [--budget YUAN] [--target T]
       [--mechanism T] [--unit N] [--json]          新增项目（状态为申报）
  projects edit --db FILE --project N [the fields of add] [--json]
                                                    修改项目的字段
  projects step --db FILE --project N --to STATUS --date DATE [--reason T] [--procurement T]
       [--bidder B] [--contract YUAN] [--progress N] [--milestone T] [--accepted-by T]
       [--audit-result T] [--json]                  将项目推进到下一状态
  projects history --db FILE --project N [--json]   项目的各个步骤
  projects beneficiaries --db FILE --project N [--add CODE]... [--remove CODE]... [--json]
                                                    修改或列出受益户
  （add、edit、step 和 beneficiaries 也可用 --input FILE 从 JSON 对象读取各字段）</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记账类别</translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Project funds</source>
        <translation>项目资金</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Beneficiary households</source>
        <translation>受益户</translation>
    </message>
    <message>
        <source>Project history</source>
        <translation>项目进程</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>受益户</translation>
    </message>
    <message>
        <source>History</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>%1 (reversal)</source>
        <translation>%1（冲销）</translation>
    </message>
    <message>
        <source>Budget %1 yuan · allocated %2 yuan · disbursed %3 yuan · not yet disbursed %4 yuan</source>
        <translation>预算 %1 元 · 已分配 %2 元 · 已拨付 %3 元 · 未拨付 %4 元</translation>
    </message>
    <message>
        <source>Beneficiaries (%1)</source>
        <translation>受益户（%1）</translation>
    </message>
    <message>
        <source>%1  %2 → %3, by %4</source>
        <translation>%1  %2 → %3，经办人 %4</translation>
    </message>
    <message>
        <source>contract %1 yuan</source>
        <translation>合同金额 %1 元</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>完成 %1%</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>续建</translation>
    </message>
    <message>
        <source>%1 (whole township)</source>
        <translation>%1（全乡镇）</translation>
    </message>
    <message>
        <source>%1 (whole county)</source>
        <translation>%1（全县）</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>自(&amp;F)</translation>
    </message>
    <message>
        <source>unti&amp;l</source>
        <translation>至(&amp;L)</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Required before the project enters the library</source>
        <translation>项目入库前必须填写</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>项目名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>项目类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Na&amp;ture:</source>
        <translation>建设性质(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Where built:</source>
        <translation>建设地点(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Responsible unit:</source>
        <translation>责任单位(&amp;R)：</translation>
    </message>
    <message>
        <source>Assistance &amp;unit and form:</source>
        <translation>帮扶单位及形式(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Year and schedule:</source>
        <translation>年度及实施期限(&amp;Y)：</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>建设内容(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Budget (yuan):</source>
        <translation>项目预算（元）(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Performance target (绩效目标):</source>
        <translation>绩效目标(&amp;P)：</translation>
    </message>
    <message>
        <source>Benefit &amp;mechanism (带贫机制):</source>
        <translation>带贫机制(&amp;M)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ProjectLibrary</name>
    <message>
        <source>The project &quot;%1&quot; is in the library, so its performance target (绩效目标) cannot be emptied.</source>
        <translation>项目“%1”已入库，其绩效目标不能清空。</translation>
    </message>
    <message>
        <source>Project %1 does not exist.</source>
        <translation>项目 %1 不存在。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is %2: its beneficiaries can no longer change.</source>
        <translation>项目“%1”的状态为%2：受益户不能再变更。</translation>
    </message>
    <message>
        <source>Household %1 is not in the register, so it cannot benefit from a project.</source>
        <translation>农户 %1 不在建档立卡名册中，不能作为项目受益户。</translation>
    </message>
    <message>
        <source>Household %1 already benefits from this project.</source>
        <translation>农户 %1 已是本项目的受益户。</translation>
    </message>
    <message>
        <source>Household %1 is not a beneficiary of this project.</source>
        <translation>农户 %1 不是本项目的受益户。</translation>
    </message>
</context>
<context>
    <name>ProjectLifecycle</name>
    <message>
        <source>Project %1 does not exist.</source>
        <translation>项目 %1 不存在。</translation>
    </message>
    <message>
        <source>Project %1 has an unknown status &quot;%2&quot;.</source>
        <translation>项目 %1 的状态“%2”无法识别。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is %2: its lifecycle has ended and it cannot change any more.</source>
        <translation>项目“%1”的状态为%2：项目流程已结束，不能再变更。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is %2 and cannot become %3. From here it can only become: %4.</source>
        <translation>项目“%1”的状态为%2，不能变为%3。下一步只能是：%4。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Enter the date of the step.</source>
        <translation>请填写该环节的日期。</translation>
    </message>
    <message>
        <source>The step cannot be dated in the future (%1).</source>
        <translation>环节日期不能晚于今天（%1）。</translation>
    </message>
    <message>
        <source>The step cannot be dated before the project&apos;s last step (%1).</source>
        <translation>环节日期不能早于项目上一环节的日期（%1）。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has no performance target (绩效目标), so it cannot enter the library. Enter its performance target first.</source>
        <translation>项目“%1”没有绩效目标，不能入库。请先填写绩效目标。</translation>
    </message>
    <message>
        <source>Tendering records the procurement method, the winning bidder and the contract amount; enter all three.</source>
        <translation>招标采购须登记采购方式、中标单位和合同金额，三项都要填写。</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation>进度是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Progress cannot go back: %1% was recorded before, and this says %2%.</source>
        <translation>进度不能倒退：之前已登记 %1%，本次为 %2%。</translation>
    </message>
    <message>
        <source>Acceptance (验收) records who accepted the project and the result of the third-party audit; enter both.</source>
        <translation>验收须登记验收单位（人员）和第三方审计结果，两项都要填写。</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the project &quot;%1&quot;.</source>
        <translation>请填写取消项目“%1”的原因。</translation>
    </message>
</context>
<context>
    <name>ProjectStatusWords</name>
    <message>
        <source>Proposed</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>已入库</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批复</translation>
    </message>
    <message>
        <source>Tendering</source>
        <translation>招标采购</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>实施中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>已公告</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ProjectStepDialog</name>
    <message>
        <source>Next step of the project</source>
        <translation>项目下一环节</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>变为</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Procurement method</source>
        <translation>采购方式</translation>
    </message>
    <message>
        <source>Winning bidder</source>
        <translation>中标单位</translation>
    </message>
    <message>
        <source>Contract amount (yuan)</source>
        <translation>合同金额（元）</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>验收单位</translation>
    </message>
    <message>
        <source>Third-party audit result</source>
        <translation>第三方审计结果</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Next step — %1</source>
        <translation>下一环节 — %1</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Allocated (yuan)</source>
        <translation>已分配（元）</translation>
    </message>
    <message>
        <source>Disbursed (yuan)</source>
        <translation>已拨付（元）</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目库</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All forms of assistance</source>
        <translation>全部帮扶形式</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s): budget %1 yuan, allocated %2 yuan, disbursed %3 yuan.</source>
        <translation>
            <numerusform>共 %n 个项目：预算 %1 元，已分配 %2 元，已拨付 %3 元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a project in the list first.</source>
        <translation>请先在列表中选择项目。</translation>
    </message>
    <message>
        <source>The project moved on.</source>
        <translation>项目已进入下一环节。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Form of assistance</source>
        <translation>帮扶形式</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Ins 键</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Enter 或 F2 键</translation>
    </message>
    <message>
        <source>The project was added to the list as proposed.</source>
        <translation>项目已加入列表，状态为“申报”。</translation>
    </message>
    <message>
        <source>The project was saved.</source>
        <translation>项目已保存。</translation>
    </message>
    <message>
        <source>The beneficiaries were saved.</source>
        <translation>受益户已保存。</translation>
    </message>
    <message>
        <source>P</source>
        <comment>the one character on the projects area&apos;s icon</comment>
        <translation>项</translation>
    </message>
    <message>
        <source>Ne&amp;xt step…</source>
        <translation>下一环节(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>修改(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Beneficiaries…</source>
        <translation>受益户(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>ProjectsSection</name>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Projects that benefit the household</source>
        <translation>使本户受益的项目</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Enter opens the project on the projects page.</source>
        <translation>按 Enter 在项目页打开该项目。</translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation>项目（%1）</translation>
    </message>
</context>
<context>
    <name>PublicNotices</name>
    <message>
        <source>The households of %1 could not be read: %2</source>
        <translation>无法读取%1的农户：%2</translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <comment>a date on a notice: year, month, day</comment>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Fund allocations</source>
        <translation>资金分配</translation>
    </message>
    <message>
        <source>Project list</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Household benefits</source>
        <translation>政策享受到户</translation>
    </message>
    <message>
        <source>A public notice of %1 stays posted for at least %2 days; %3 days is too short.</source>
        <translation>%1公示期至少为 %2 天；%3 天太短。</translation>
    </message>
    <message>
        <source>A public notice of %1 is posted for at most %2 days; %3 days is too long.</source>
        <translation>%1公示期最多为 %2 天；%3 天太长。</translation>
    </message>
    <message>
        <source>There is no division with the code &quot;%1&quot; in %2; see `fupin-cli divisions`.</source>
        <translation>%2 中没有代码为“%1”的行政区划；请查看 `fupin-cli divisions`。</translation>
    </message>
    <message>
        <source>%1 is not a year of a notice; give a year between 2000 and 2100.</source>
        <translation>%1 不是公示的年度；请给出 2000 至 2100 之间的年度。</translation>
    </message>
    <message>
        <source>%1 Poverty Alleviation and Development Leading Group Office</source>
        <translation>%1扶贫开发领导小组办公室</translation>
    </message>
    <message>
        <source>%1 People&apos;s Government</source>
        <translation>%1人民政府</translation>
    </message>
    <message>
        <source>%1 Villagers&apos; Committee</source>
        <translation>%1村民委员会</translation>
    </message>
    <message>
        <source>Supervision phone: %1</source>
        <translation>监督电话：%1</translation>
    </message>
    <message>
        <source>National poverty-alleviation supervision hotline: 12317</source>
        <translation>全国扶贫监督举报电话：12317</translation>
    </message>
    <message>
        <source>%1 </source>
        <comment>the year in a notice&apos;s title</comment>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>%1 %2poverty-alleviation fund allocations: public notice</source>
        <translation>%1%2扶贫资金分配公示</translation>
    </message>
    <message>
        <source>the poverty-alleviation fund allocations</source>
        <translation>扶贫资金分配情况</translation>
    </message>
    <message>
        <source>%1 %2poverty-alleviation projects: public notice</source>
        <translation>%1%2扶贫项目公示</translation>
    </message>
    <message>
        <source>the poverty-alleviation projects</source>
        <translation>扶贫项目</translation>
    </message>
    <message>
        <source>%1 %2household benefits: public notice</source>
        <translation>%1%2扶贫政策享受到户公示</translation>
    </message>
    <message>
        <source>the policy benefits received by households</source>
        <translation>农户享受扶贫政策情况</translation>
    </message>
    <message>
        <source>In the spirit of openness and transparency, %1 of %2%3 are posted for public notice from %4 to %5 (%6 days). Anyone who objects may report it to %7 or to the supervision phones below during the notice period.</source>
        <translation>为做到公开、公平、公正，现将%2%3%1予以公示，公示期为%4至%5（共%6天）。公示期间如有异议，请向%7反映，或拨打下列监督电话。</translation>
    </message>
    <message>
        <source>Fund allocations to projects</source>
        <translation>一、项目资金分配</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>建设内容</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Allocated on</source>
        <translation>下达日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Payments to households</source>
        <translation>二、资金发放到户</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>No funds were allocated to projects of %1 or paid to its households in this period.</source>
        <translation>本期没有向%1的项目分配资金，也没有向其农户发放资金。</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目清单</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>项目类别</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>建设性质</translation>
    </message>
    <message>
        <source>Investment (yuan)</source>
        <translation>投资规模（元）</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>受益户数</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>扩建</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>%1 has no projects to post for this period.</source>
        <translation>%1本期没有需要公示的项目。</translation>
    </message>
    <message>
        <source>Benefits received by households</source>
        <translation>政策享受到户名单</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>享受政策</translation>
    </message>
    <message>
        <source>No household of %1 has benefits recorded for %2.</source>
        <translation>%1没有农户登记 %2 年度的政策享受。</translation>
    </message>
    <message>
        <source>No notice can be made for %1: %2</source>
        <translation>不能制作%1的公示：%2</translation>
    </message>
</context>
<context>
    <name>QualityChecker</name>
    <message>
        <source>(in memory)</source>
        <translation>（内存数据库）</translation>
    </message>
    <message>
        <source>The data-quality check was cancelled.</source>
        <translation>数据质量检查已取消。</translation>
    </message>
    <message>
        <source>Could not read the county file %1 for the data-quality check.</source>
        <translation>数据质量检查无法读取县数据文件 %1，未作任何修改。</translation>
    </message>
    <message>
        <source>Division %1 does not exist.</source>
        <translation>行政区划 %1 不存在。</translation>
    </message>
    <message>
        <source>Could not open the county file %1 for the data-quality check.</source>
        <translation>数据质量检查无法打开县数据文件 %1。</translation>
    </message>
</context>
<context>
    <name>QualityFindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Data Quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>错误和警告</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>检查范围：%1</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>检查失败：%1</translation>
    </message>
    <message>
        <source>%1 in %2: %3 errors, %4 warnings.</source>
        <translation>%1 年 %2：%3 个错误，%4 个警告。</translation>
    </message>
    <message>
        <source>Selected &amp;household only</source>
        <translation>仅查所选农户(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <source>Households checked</source>
        <translation>已检查户数</translation>
    </message>
    <message>
        <source>%v of %m households</source>
        <translation>已检查 %v / %m 户</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查%1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled; no findings are shown.</source>
        <translation>%1的检查已取消，不显示任何结果。</translation>
    </message>
    <message>
        <source>Data-quality findings</source>
        <translation>数据质量问题</translation>
    </message>
</context>
<context>
    <name>QualityRules</name>
    <message>
        <source>Exactly one head of household</source>
        <translation>有且仅有一名户主</translation>
    </message>
    <message>
        <source>Valid ID numbers</source>
        <translation>身份证号有效</translation>
    </message>
    <message>
        <source>Illness cause without an ill member</source>
        <translation>因病致贫但无患病成员</translation>
    </message>
    <message>
        <source>Disability cause without a disabled member</source>
        <translation>因残致贫但无残疾成员</translation>
    </message>
    <message>
        <source>Education cause without a student</source>
        <translation>因学致贫但无在校生</translation>
    </message>
    <message>
        <source>Subsistence-allowance household without a recipient</source>
        <translation>低保户但无享受低保成员</translation>
    </message>
    <message>
        <source>Extreme-poverty household with a labourer aged 16 to 65</source>
        <translation>特困供养户中有 16 至 65 岁劳动力</translation>
    </message>
    <message>
        <source>Months worked outside 0 to 12</source>
        <translation>务工时间超出 0 至 12 个月</translation>
    </message>
    <message>
        <source>Work place with 0 months worked</source>
        <translation>有务工地点但务工时间为 0</translation>
    </message>
    <message>
        <source>Per-capita income not above 0 or above 100,000 yuan</source>
        <translation>人均纯收入不大于 0 或超过 100,000 元</translation>
    </message>
    <message>
        <source>Head and spouse of the same sex</source>
        <translation>户主与配偶性别相同</translation>
    </message>
    <message>
        <source>More than 50 mu of farmland per person</source>
        <translation>人均耕地超过 50 亩</translation>
    </message>
    <message>
        <source>More than 50 km to the main road</source>
        <translation>距村主干路超过 50 公里</translation>
    </message>
    <message>
        <source>No responsible cadre</source>
        <translation>无帮扶责任人</translation>
    </message>
    <message>
        <source>Cadre registered as a poor person</source>
        <translation>帮扶责任人为建档立卡人员</translation>
    </message>
    <message>
        <source>Person registered twice in the county</source>
        <translation>同一人在县内重复登记</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The household has no members.</source>
        <translation>该户没有家庭成员。</translation>
    </message>
    <message>
        <source>No member is marked as the head of household.</source>
        <translation>没有成员被标记为户主。</translation>
    </message>
    <message>
        <source>%1 members are marked as the head of household: %2. Only one can be the head.</source>
        <translation>有 %1 名成员被标记为户主：%2。户主只能有一名。</translation>
    </message>
    <message>
        <source>%1 has no ID number.</source>
        <translation>%1 没有身份证号。</translation>
    </message>
    <message>
        <source>The ID number %1 of %2 is wrong: %3</source>
        <translation>%2 的身份证号 %1 有误：%3</translation>
    </message>
    <message>
        <source>The poverty cause is illness, but no member has a long-term chronic or a serious illness.</source>
        <translation>致贫原因为因病，但没有成员患长期慢性病或大病。</translation>
    </message>
    <message>
        <source>The poverty cause is disability, but no member is recorded as disabled.</source>
        <translation>致贫原因为因残，但没有成员登记为残疾。</translation>
    </message>
    <message>
        <source>The poverty cause is education costs, but no member is in school.</source>
        <translation>致贫原因为因学，但没有成员在校就读。</translation>
    </message>
    <message>
        <source>The household is a subsistence-allowance household, but no member is recorded as receiving the subsistence allowance.</source>
        <translation>该户为低保户，但没有成员登记享受低保。</translation>
    </message>
    <message>
        <source>%1 (aged %2) is recorded as able to work, which does not fit a household under extreme-poverty support. Check the labour status or the household attribute.</source>
        <translation>%1（%2 岁）登记为有劳动能力，与特困供养户不符。请核实劳动技能或户属性。</translation>
    </message>
    <message>
        <source>%1 is recorded as working %2 months; months worked must be from 0 to 12.</source>
        <translation>%1 的务工时间登记为 %2 个月；务工时间应为 0 至 12 个月。</translation>
    </message>
    <message>
        <source>%1 is recorded with %2 months in a public-welfare job; it must be from 0 to 12.</source>
        <translation>%1 的公益岗位月数登记为 %2 个月；应为 0 至 12 个月。</translation>
    </message>
    <message>
        <source>%1 has a work place (%2) but 0 months worked.</source>
        <translation>%1 有务工地点（%2），但务工时间为 0 个月。</translation>
    </message>
    <message>
        <source>The income record for %1 has no household size.</source>
        <translation>%1 年的收入记录没有家庭人口数。</translation>
    </message>
    <message>
        <source>The per-capita net income for %1 is %2 yuan; it must be above zero.</source>
        <translation>%1 年人均纯收入为 %2 元，应大于零。</translation>
    </message>
    <message>
        <source>The per-capita net income for %1 is %2 yuan, more than 100,000 yuan. Check the amounts.</source>
        <translation>%1 年人均纯收入为 %2 元，超过 100,000 元。请核实金额。</translation>
    </message>
    <message>
        <source>The head %1 and the spouse %2 are recorded with the same sex.</source>
        <translation>户主 %1 与配偶 %2 登记的性别相同。</translation>
    </message>
    <message>
        <source>The household has %1 mu of farmland in %2, %3 mu per person (more than 50 mu).</source>
        <translation>%2 年该户耕地 %1 亩，人均 %3 亩（超过 50 亩）。</translation>
    </message>
    <message>
        <source>The distance to the village main road is recorded as %1 km in %2 (more than 50 km).</source>
        <translation>%2 年登记的距村主干路距离为 %1 公里（超过 50 公里）。</translation>
    </message>
    <message>
        <source>No responsible cadre is currently assigned to the household.</source>
        <translation>该户目前没有帮扶责任人。</translation>
    </message>
    <message>
        <source>%1 (ID number %2) is registered in this household and is also the assistance cadre %3.</source>
        <translation>%1（身份证号 %2）登记在本户，同时又是帮扶责任人 %3。</translation>
    </message>
    <message>
        <source>The ID number %1 is entered twice in this household: for %2 and for %3.</source>
        <translation>身份证号 %1 在本户重复录入：%2 和 %3。</translation>
    </message>
    <message>
        <source>%1 (ID number %2) is also registered in household %3 as %4.</source>
        <translation>%1（身份证号 %2）同时以 %4 的名义登记在农户 %3 中。</translation>
    </message>
    <message>
        <source>The responsible cadre %1 is no longer active; pair the household with an active cadre.</source>
        <translation>帮扶责任人 %1 已停用，请为该户结对在岗干部。</translation>
    </message>
    <message>
        <source>Paired with an inactive cadre</source>
        <translation>结对干部已停用</translation>
    </message>
    <message>
        <source>%1 (ID number %2) is also registered in a household of %3, outside the divisions you may read; ask the township or county office.</source>
        <translation>%1（身份证号 %2）还登记在%3的一户中，该村不在您可查看的范围内；请向乡镇或县扶贫办核实。</translation>
    </message>
</context>
<context>
    <name>RankCapsDialog</name>
    <message>
        <source>Households per cadre by rank</source>
        <translation>各职级干部联系户数上限</translation>
    </message>
    <message>
        <source>A cadre may hold this many households; more needs a reason.</source>
        <translation>干部联系户数以此为上限；超出须填写原因。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecordCatalogue</name>
    <message>
        <source>Position</source>
        <translation>排列顺序</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reason for deletion</source>
        <translation>删除原因</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Assistance unit</source>
        <translation>帮扶单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Form of assistance</source>
        <translation>帮扶形式</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>帮扶干部</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Responsible cadre</source>
        <translation>帮扶责任人</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Work team</source>
        <translation>驻村工作队</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <source>Sending unit</source>
        <translation>派出单位</translation>
    </message>
    <message>
        <source>Assistance measure</source>
        <translation>帮扶措施</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Date of visit</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>走访发现</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>帮扶举措</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Household attribute</source>
        <translation>户属性</translation>
    </message>
    <message>
        <source>Identification standard</source>
        <translation>识别标准</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Year of identification</source>
        <translation>识别年度</translation>
    </message>
    <message>
        <source>Planned exit year</source>
        <translation>计划脱贫年度</translation>
    </message>
    <message>
        <source>Exit year</source>
        <translation>脱贫年度</translation>
    </message>
    <message>
        <source>Main poverty cause</source>
        <translation>主要致贫原因</translation>
    </message>
    <message>
        <source>Other cause 1</source>
        <translation>其他致贫原因 1</translation>
    </message>
    <message>
        <source>Other cause 2</source>
        <translation>其他致贫原因 2</translation>
    </message>
    <message>
        <source>Monitoring category</source>
        <translation>监测对象类别</translation>
    </message>
    <message>
        <source>Military or martyr family</source>
        <translation>军烈属</translation>
    </message>
    <message>
        <source>Relocated household</source>
        <translation>易地扶贫搬迁户</translation>
    </message>
    <message>
        <source>Relocation mode</source>
        <translation>搬迁方式</translation>
    </message>
    <message>
        <source>Settlement address</source>
        <translation>安置地址</translation>
    </message>
    <message>
        <source>Joined a cooperative</source>
        <translation>加入农民专业合作社</translation>
    </message>
    <message>
        <source>Led by an enterprise</source>
        <translation>龙头企业带动</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>在校生状况</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Labour skill</source>
        <translation>劳动技能</translation>
    </message>
    <message>
        <source>Work status</source>
        <translation>务工状况</translation>
    </message>
    <message>
        <source>Work place</source>
        <translation>务工地点</translation>
    </message>
    <message>
        <source>Months worked</source>
        <translation>务工时间（月）</translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation>基本医疗保险</translation>
    </message>
    <message>
        <source>Serious-illness insurance</source>
        <translation>大病保险</translation>
    </message>
    <message>
        <source>Commercial insurance</source>
        <translation>补充商业保险</translation>
    </message>
    <message>
        <source>Pension insurance</source>
        <translation>养老保险</translation>
    </message>
    <message>
        <source>Subsistence allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Extreme-poverty support</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Public-welfare job</source>
        <translation>公益岗位</translation>
    </message>
    <message>
        <source>Welfare-job months</source>
        <translation>公益岗位月数</translation>
    </message>
    <message>
        <source>Dropout reason</source>
        <translation>失学或辍学原因</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人口数</translation>
    </message>
    <message>
        <source>Migrant wages</source>
        <translation>务工收入</translation>
    </message>
    <message>
        <source>Welfare-job wages</source>
        <translation>公益岗位工资</translation>
    </message>
    <message>
        <source>Crops</source>
        <translation>种植业</translation>
    </message>
    <message>
        <source>Livestock</source>
        <translation>养殖业</translation>
    </message>
    <message>
        <source>Forestry and fruit</source>
        <translation>林果业</translation>
    </message>
    <message>
        <source>Other operating</source>
        <translation>其他生产经营</translation>
    </message>
    <message>
        <source>Asset dividends</source>
        <translation>资产收益分红</translation>
    </message>
    <message>
        <source>Land transfer</source>
        <translation>土地流转收入</translation>
    </message>
    <message>
        <source>Family planning</source>
        <translation>计划生育金</translation>
    </message>
    <message>
        <source>Pensions</source>
        <translation>养老金</translation>
    </message>
    <message>
        <source>Ecological compensation</source>
        <translation>生态补偿金</translation>
    </message>
    <message>
        <source>Old-age/disability subsidies</source>
        <translation>高龄/残疾补贴</translation>
    </message>
    <message>
        <source>Alimony</source>
        <translation>赡养费</translation>
    </message>
    <message>
        <source>Insurance payouts</source>
        <translation>保险赔付</translation>
    </message>
    <message>
        <source>Operating costs</source>
        <translation>生产经营性支出</translation>
    </message>
    <message>
        <source>Living conditions</source>
        <translation>生产生活条件</translation>
    </message>
    <message>
        <source>Farmland (mu)</source>
        <translation>耕地面积（亩）</translation>
    </message>
    <message>
        <source>Irrigated (mu)</source>
        <translation>有效灌溉面积（亩）</translation>
    </message>
    <message>
        <source>Forest (mu)</source>
        <translation>林地面积（亩）</translation>
    </message>
    <message>
        <source>Returned farmland (mu)</source>
        <translation>退耕还林面积（亩）</translation>
    </message>
    <message>
        <source>Fruit forest (mu)</source>
        <translation>林果面积（亩）</translation>
    </message>
    <message>
        <source>Pasture (mu)</source>
        <translation>牧草地面积（亩）</translation>
    </message>
    <message>
        <source>Water surface (mu)</source>
        <translation>水面面积（亩）</translation>
    </message>
    <message>
        <source>Production electricity</source>
        <translation>通生产用电</translation>
    </message>
    <message>
        <source>Household electricity</source>
        <translation>通生活用电</translation>
    </message>
    <message>
        <source>Radio and TV</source>
        <translation>通广播电视</translation>
    </message>
    <message>
        <source>Road distance (km)</source>
        <translation>距村主干路（公里）</translation>
    </message>
    <message>
        <source>Road surface</source>
        <translation>入户路类型</translation>
    </message>
    <message>
        <source>Housing area (m²)</source>
        <translation>住房面积（m²）</translation>
    </message>
    <message>
        <source>House rating</source>
        <translation>危房等级</translation>
    </message>
    <message>
        <source>Renovated in</source>
        <translation>改造年度</translation>
    </message>
    <message>
        <source>Difficult drinking water</source>
        <translation>饮水困难</translation>
    </message>
    <message>
        <source>Safe drinking water</source>
        <translation>饮水安全</translation>
    </message>
    <message>
        <source>Sanitary toilet</source>
        <translation>有卫生厕所</translation>
    </message>
    <message>
        <source>Cooking fuel</source>
        <translation>主要燃料类型</translation>
    </message>
    <message>
        <source>Food secure</source>
        <translation>不愁吃</translation>
    </message>
    <message>
        <source>Clothing secure</source>
        <translation>不愁穿</translation>
    </message>
    <message>
        <source>Compulsory education secured</source>
        <translation>义务教育有保障</translation>
    </message>
    <message>
        <source>Basic medical care secured</source>
        <translation>基本医疗有保障</translation>
    </message>
    <message>
        <source>Housing safe</source>
        <translation>住房安全有保障</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Paired province or city</source>
        <translation>对口协作省市</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>企业性质</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>First secretary</source>
        <translation>第一书记</translation>
    </message>
    <message>
        <source>Reason for going over the cap</source>
        <translation>超出上限原因</translation>
    </message>
    <message>
        <source>Brought by cadre</source>
        <translation>帮扶干部</translation>
    </message>
    <message>
        <source>Brought by unit</source>
        <translation>帮扶单位</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>帮扶成效</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Work team member</source>
        <translation>工作队队员</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>队内职责</translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Type of fund</source>
        <translation>资金类型</translation>
    </message>
    <message>
        <source>Microcredit loan</source>
        <translation>扶贫小额信贷</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Borrower&apos;s name</source>
        <translation>借款人姓名</translation>
    </message>
    <message>
        <source>Borrower&apos;s ID number</source>
        <translation>借款人身份证号</translation>
    </message>
    <message>
        <source>Lending bank</source>
        <translation>放贷银行</translation>
    </message>
    <message>
        <source>Loan amount</source>
        <translation>贷款金额</translation>
    </message>
    <message>
        <source>Loan date</source>
        <translation>放款日期</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>贷款期限（月）</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>贷款用途类别</translation>
    </message>
    <message>
        <source>Use of the loan</source>
        <translation>具体用途</translation>
    </message>
    <message>
        <source>Interest rate (‰)</source>
        <translation>利率（‰）</translation>
    </message>
    <message>
        <source>Policy benefit</source>
        <translation>政策享受</translation>
    </message>
    <message>
        <source>Kind of benefit</source>
        <translation>政策类别</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>建设性质</translation>
    </message>
    <message>
        <source>Where it is built</source>
        <translation>建设地点</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>建设内容</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>项目预算</translation>
    </message>
    <message>
        <source>Performance target</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>Benefit mechanism</source>
        <translation>带贫机制</translation>
    </message>
    <message>
        <source>Cadre who went along</source>
        <translation>同行干部</translation>
    </message>
    <message>
        <source>Cadres who went along</source>
        <translation>同行干部</translation>
    </message>
    <message>
        <source>Visit photo</source>
        <translation>走访照片</translation>
    </message>
    <message>
        <source>Photo size (bytes)</source>
        <translation>照片大小（字节）</translation>
    </message>
    <message>
        <source>Receipt of funds</source>
        <translation>资金到位</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>到位日期</translation>
    </message>
    <message>
        <source>Voucher number</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Reverses entry</source>
        <translation>冲销的记录</translation>
    </message>
    <message>
        <source>Allocation of funds</source>
        <translation>资金分配</translation>
    </message>
    <message>
        <source>Allocated on</source>
        <translation>下达日期</translation>
    </message>
    <message>
        <source>Payment of funds</source>
        <translation>资金支付</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>资金分配</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Loan event</source>
        <translation>贷款事项</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>新到期日</translation>
    </message>
    <message>
        <source>Project step</source>
        <translation>项目进度环节</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Procurement method</source>
        <translation>采购方式</translation>
    </message>
    <message>
        <source>Winning bidder</source>
        <translation>中标单位</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>进度（%）</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>验收单位</translation>
    </message>
    <message>
        <source>Audit result</source>
        <translation>审计结果</translation>
    </message>
    <message>
        <source>Beneficiary of a project</source>
        <translation>项目受益户</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Status step</source>
        <translation>状态变更步骤</translation>
    </message>
    <message>
        <source>Notice starts</source>
        <translation>公示开始日期</translation>
    </message>
    <message>
        <source>Notice days</source>
        <translation>公示天数</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Risk types</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级区划</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Poor village</source>
        <translation>贫困村</translation>
    </message>
    <message>
        <source>Annual goal</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Households in the year</source>
        <translation>全年户数</translation>
    </message>
    <message>
        <source>People in the year</source>
        <translation>全年人数</translation>
    </message>
    <message>
        <source>Households in January</source>
        <translation>1月户数</translation>
    </message>
    <message>
        <source>Households in February</source>
        <translation>2月户数</translation>
    </message>
    <message>
        <source>Households in March</source>
        <translation>3月户数</translation>
    </message>
    <message>
        <source>Households in April</source>
        <translation>4月户数</translation>
    </message>
    <message>
        <source>Households in May</source>
        <translation>5月户数</translation>
    </message>
    <message>
        <source>Households in June</source>
        <translation>6月户数</translation>
    </message>
    <message>
        <source>Households in July</source>
        <translation>7月户数</translation>
    </message>
    <message>
        <source>Households in August</source>
        <translation>8月户数</translation>
    </message>
    <message>
        <source>Households in September</source>
        <translation>9月户数</translation>
    </message>
    <message>
        <source>Households in October</source>
        <translation>10月户数</translation>
    </message>
    <message>
        <source>Households in November</source>
        <translation>11月户数</translation>
    </message>
    <message>
        <source>Households in December</source>
        <translation>12月户数</translation>
    </message>
    <message>
        <source>Card print</source>
        <translation>明白卡打印</translation>
    </message>
    <message>
        <source>Print number</source>
        <translation>印号</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Year of the card</source>
        <translation>卡片年度</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Account&apos;s divisions</source>
        <translation>账号管辖区划</translation>
    </message>
    <message>
        <source>County setting</source>
        <translation>全县设置</translation>
    </message>
    <message>
        <source>Poverty line</source>
        <translation>贫困线</translation>
    </message>
    <message>
        <source>Monitoring threshold</source>
        <translation>监测标准</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Cadre rank</source>
        <translation>干部职级</translation>
    </message>
    <message>
        <source>Most paired households</source>
        <translation>最多结对户数</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>确认非同一人</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>%1 has been deleted. Restore it before changing it.</source>
        <translation>%1已被删除。请先恢复再修改。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Reopen it to see those changes, then make yours again.</source>
        <translation>您打开%1后，%2 于 %3 修改了它。请重新打开查看这些修改，然后再做您的修改。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1不存在。</translation>
    </message>
    <message>
        <source>Give a reason for deleting %1.</source>
        <translation>请填写删除%1的原因。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted.</source>
        <translation>%1不能删除。</translation>
    </message>
    <message>
        <source>%1 is already deleted.</source>
        <translation>%1已被删除。</translation>
    </message>
    <message>
        <source>%1 is not deleted.</source>
        <translation>%1未被删除。</translation>
    </message>
    <message>
        <source>A row of this record was changed elsewhere or belongs to another record. Reopen the record and make the change again.</source>
        <translation>这条记录的某一行已在别处被修改，或属于另一条记录。请重新打开该记录后再修改。</translation>
    </message>
    <message>
        <source>A %1 is never changed or deleted once recorded: record a new entry that reverses it instead.</source>
        <translation>%1一经记录即不能修改或删除：请另记一笔冲销它的记录。</translation>
    </message>
</context>
<context>
    <name>RegisterYear</name>
    <message>
        <source>A year of the register is a whole number from %1 to %2.</source>
        <translation>年度应为 %1 到 %2 之间的整数。</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Households without a responsible cadre</source>
        <translation>未落实帮扶责任人的农户</translation>
    </message>
    <message>
        <source>Cadres over their cap</source>
        <translation>联系户数超上限的干部</translation>
    </message>
    <message>
        <source>Cadres with a household not visited in N days</source>
        <translation>有联系户 N 天未走访的干部</translation>
    </message>
    <message>
        <source>Poor villages without a work team of three</source>
        <translation>驻村工作队不足 3 人的贫困村</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>清单(&amp;L)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;N:</source>
        <translation>天数(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Pair selected with a cadre…</source>
        <translation>为所选农户结对干部(&amp;P)…</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>联系户数</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Households not visited</source>
        <translation>未走访户数</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Members of its current team</source>
        <translation>现任工作队人数</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒清单</translation>
    </message>
    <message numerus="yes">
        <source>%n in the list</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair households</source>
        <translation>结对帮扶</translation>
    </message>
    <message>
        <source>Select the households to pair first.</source>
        <translation>请先选择要结对的农户。</translation>
    </message>
    <message numerus="yes">
        <source>%n households paired</source>
        <translation>
            <numerusform>已结对 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>Every household here has a responsible cadre.</source>
        <translation>这里的农户都已有帮扶责任人。</translation>
    </message>
    <message>
        <source>No cadre holds more households than their rank&apos;s cap.</source>
        <translation>没有联系户数超过职级上限的干部。</translation>
    </message>
    <message>
        <source>No cadre has left a household unvisited for more than %1 days.</source>
        <translation>没有超过 %1 天未走访农户的干部。</translation>
    </message>
    <message>
        <source>Every poor or monitored village here has a work team of at least three.</source>
        <translation>这里的贫困村和监测村都有不少于 3 人的驻村工作队。</translation>
    </message>
    <message>
        <source>No household here lacks a responsible cadre.</source>
        <translation>这里的农户都已有帮扶责任人。</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <source>Reverse an entry</source>
        <translation>冲销记录</translation>
    </message>
    <message>
        <source>%1 %2 of %3 yuan on %4, voucher %5. The entry stays in the ledger; a reversing entry cancels it out.</source>
        <translation>%4 的%1 %2，金额 %3 元，凭证号 %5。原记录保留在台账中，由一条冲销记录抵消。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>County administrator</source>
        <translation>县级管理员</translation>
    </message>
    <message>
        <source>County staff</source>
        <translation>县扶贫办工作人员</translation>
    </message>
    <message>
        <source>Township staff</source>
        <translation>乡镇工作人员</translation>
    </message>
    <message>
        <source>Village cadre</source>
        <translation>村干部</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计人员</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Table %1</source>
        <translation>表 %1</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>索引 %1</translation>
    </message>
    <message>
        <source>Trigger %1</source>
        <translation>触发器 %1</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>视图 %1</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 缺失。</translation>
    </message>
    <message>
        <source>%1 is a %2 in the file.</source>
        <translation>%1 在文件中是 %2。</translation>
    </message>
    <message>
        <source>Column %1 of table %2 is missing.</source>
        <translation>表 %2 的列 %1 缺失。</translation>
    </message>
    <message>
        <source>Table %1 has a column %2 that the county schema does not define.</source>
        <translation>表 %1 有县数据结构中没有的列 %2。</translation>
    </message>
    <message>
        <source>%1 differs from the one the county schema defines.</source>
        <translation>%1 与县数据结构定义的不同。</translation>
    </message>
    <message>
        <source>%1 is not part of the county schema.</source>
        <translation>%1 不属于县数据结构。</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>%1 has more than %2 rows: that is not one county&apos;s roster. Split it into several files (by township, for instance) and import them one after another.</source>
        <translation>%1 超过 %2 行：这不是一个县的花名册。请把它拆成几个文件（例如按乡镇），逐个导入。</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在，或不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): there is nothing to import.</source>
        <translation>%1 是空文件（0 字节）：没有可导入的内容。</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in Excel or WPS, remove the password (File → Info → Protect Workbook), save it and import it again.</source>
        <translation>%1 设置了打开密码。请用 Excel 或 WPS 打开，取消密码（文件 → 信息 → 保护工作簿），保存后再导入。</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet this app reads: it is neither an Excel workbook (.xlsx, .xls) nor a text file of comma-separated values (.csv).</source>
        <translation>%1 不是本程序能读取的表格：它既不是 Excel 工作簿（.xlsx、.xls），也不是逗号分隔的文本文件（.csv）。</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML or XML) saved under a spreadsheet&apos;s name, not a workbook. Open it in Excel or WPS and save it as .xlsx.</source>
        <translation>%1 是以表格文件名保存的网页（HTML 或 XML），不是工作簿。请用 Excel 或 WPS 打开，另存为 .xlsx。</translation>
    </message>
</context>
<context>
    <name>SheetWriter</name>
    <message>
        <source>%1 could not be written: the disk is full (or the file is larger than the disk allows). Nothing was left under that name; free some space or choose another disk, and export again.</source>
        <translation>无法写入 %1：磁盘已满（或文件超出该磁盘允许的大小）。没有留下该名称的文件；请腾出空间或换一个磁盘，再导出一次。</translation>
    </message>
    <message>
        <source>%1 could not be written: there is no permission to write in its folder, or the disk is read-only. Nothing was left under that name; choose another folder.</source>
        <translation>无法写入 %1：没有写入该文件夹的权限，或磁盘是只读的。没有留下该名称的文件；请选择另一个文件夹。</translation>
    </message>
    <message>
        <source>%1 could not be written: its folder does not exist.</source>
        <translation>无法写入 %1：所在文件夹不存在。</translation>
    </message>
    <message>
        <source>%1 could not be written (system error %2). Nothing was left under that name.</source>
        <translation>无法写入 %1（系统错误 %2）。没有留下该名称的文件。</translation>
    </message>
    <message>
        <source>Give the name of the file to write.</source>
        <translation>请给出要写入的文件名。</translation>
    </message>
    <message>
        <source>%1 does not end in .%2: give a file name ending in .%2.</source>
        <translation>%1 的扩展名不是 .%2：请给出以 .%2 结尾的文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The list to write to %1 has no columns.</source>
        <translation>要写入 %1 的列表没有任何列。</translation>
    </message>
    <message>
        <source>The file %1 is not being written.</source>
        <translation>文件 %1 未在写入中。</translation>
    </message>
    <message>
        <source>%1 would get more than %2 rows, more than a sheet of this kind holds: export a smaller division, or to CSV.</source>
        <translation>%1 将超过 %2 行，超出这种工作表能容纳的行数：请导出较小的区划，或导出为 CSV。</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The login or the password is wrong (%1).</source>
        <translation>登录名或密码错误（%1）。</translation>
    </message>
    <message>
        <source>The account %1 has been deactivated; ask the county administrator.</source>
        <translation>账号 %1 已停用；请联系县级管理员。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: %1 is locked until %2. Wait, or ask the administrator to set a new password.</source>
        <translation>密码错误次数过多：%1 已锁定至 %2。请稍候，或请管理员重设密码。</translation>
    </message>
    <message>
        <source>Wrong password %1 times in a row: %2 is locked for %3 minutes.</source>
        <translation>连续 %1 次密码错误：%2 已锁定 %3 分钟。</translation>
    </message>
    <message>
        <source>Nobody has signed in to %1.</source>
        <translation>尚无人登录 %1。</translation>
    </message>
    <message>
        <source>%1 is another county file.</source>
        <translation>%1 是另一个县的文件。</translation>
    </message>
    <message>
        <source>The account %1 no longer exists or has been deactivated.</source>
        <translation>账号 %1 已不存在或已停用。</translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>(the county database in memory)</source>
        <translation>（内存中的县数据库）</translation>
    </message>
    <message>
        <source>The county file %1 is busy: another program (a second Fupin window or fupin-cli) is writing to it and did not finish within %2 seconds. Nothing was changed; try again when it has finished.</source>
        <translation>县数据库文件 %1 正忙：另一个程序（另一个扶贫工作台窗口或 fupin-cli）正在写入，%2 秒内未完成。未作任何更改；请等它完成后重试。</translation>
    </message>
    <message>
        <source>The disk that holds the county file %1 is full. Nothing was changed; free some space on it and try again.</source>
        <translation>存放县数据库文件 %1 的磁盘已满。未作任何更改；请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>The county file %1 cannot be written: the file or its folder is read-only, or it was opened only for reading. Nothing was changed.</source>
        <translation>县数据库文件 %1 无法写入：文件或其所在文件夹是只读的，或者它是以只读方式打开的。未作任何更改。</translation>
    </message>
    <message>
        <source>The county file %1 is damaged: a part of it could not be read. Nothing was changed. Run the check of the county file (fupin-cli check --db %1, or Help &gt; Check the county file) and restore a backup if it finds problems.</source>
        <translation>县数据库文件 %1 已损坏：其中一部分无法读取。未作任何更改。请检查县数据库文件（fupin-cli check --db %1，或“帮助 &gt; 检查县数据库文件”），如发现问题请恢复备份。</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database, so it could not be read. Nothing was changed.</source>
        <translation>%1 已损坏或不是数据库，无法读取。未作任何更改。</translation>
    </message>
    <message>
        <source>The county file %1 cannot be opened: the file or its folder is missing or cannot be accessed. Nothing was changed.</source>
        <translation>无法打开县数据库文件 %1：文件或其所在文件夹不存在或无法访问。未作任何更改。</translation>
    </message>
    <message>
        <source>Reading or writing the county file %1 failed (a disk or network error). Nothing was changed; check the disk and try again.</source>
        <translation>读写县数据库文件 %1 失败（磁盘或网络错误）。未作任何更改；请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>There was not enough memory to work on the county file %1. Nothing was changed.</source>
        <translation>内存不足，无法处理县数据库文件 %1。未作任何更改。</translation>
    </message>
    <message>
        <source>A value breaks the rule &quot;%1&quot; of the county file %2, so it was refused. Nothing was changed.</source>
        <translation>有一个值违反了县数据库文件 %2 的规则“%1”，已被拒绝。未作任何更改。</translation>
    </message>
    <message>
        <source>A value was refused by the rules of the county file %1 (a duplicate, a missing linked record or a value out of range). Nothing was changed.</source>
        <translation>有一个值被县数据库文件 %1 的规则拒绝（重复、关联记录不存在或数值超出范围）。未作任何更改。</translation>
    </message>
    <message>
        <source>The county file %1 could not be read or written (database error %2). Nothing was changed.</source>
        <translation>无法读写县数据库文件 %1（数据库错误 %2）。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>StandardsCommands</name>
    <message>
        <source>Year	Poverty line (yuan)	Monitoring threshold (yuan)	Note</source>
        <translation>年度	贫困线（元）	监测标准（元）	来源</translation>
    </message>
    <message>
        <source>The year the figure is for.</source>
        <translation>标准所属的年度。</translation>
    </message>
    <message>
        <source>The poverty line of a year up to 2020, in yuan per person a year.</source>
        <translation>2020 年及以前某年的贫困线，单位：元/人·年。</translation>
    </message>
    <message>
        <source>The monitoring threshold of a year from 2021, in yuan per person a year.</source>
        <translation>2021 年起某年的监测标准，单位：元/人·年。</translation>
    </message>
    <message>
        <source>Where the figure comes from (a province&apos;s notice).</source>
        <translation>标准的来源（省级文件）。</translation>
    </message>
    <message>
        <source>Give the year with --year Y.</source>
        <translation>请用 --year Y 给出年度。</translation>
    </message>
    <message>
        <source>Give either --line YUAN (up to 2020) or --threshold YUAN (from 2021).</source>
        <translation>请给出 --line 元（2020 年及以前）或 --threshold 元（2021 年起）之一。</translation>
    </message>
    <message>
        <source>The poverty line of %1 is now %2 yuan per person a year.</source>
        <translation>%1 年的贫困线现为每人每年 %2 元。</translation>
    </message>
    <message>
        <source>The monitoring threshold of %1 is now %2 yuan per person a year.</source>
        <translation>%1 年的监测标准现为每人每年 %2 元。</translation>
    </message>
    <message>
        <source>  standards list --db FILE [--json]                 the poverty line and monitoring threshold by year
  standards set --db FILE --year Y --line|--threshold YUAN [--note TEXT] [--json]
                                                    sets a year&apos;s line (to 2020) or threshold</source>
        <translation>  standards list --db FILE [--json]                 各年度的贫困线和监测标准
  standards set --db FILE --year Y --line|--threshold YUAN [--note TEXT] [--json]
                                                    设置某年的贫困线（至 2020 年）或监测标准</translation>
    </message>
    <message>
        <source>Unknown standards command &quot;%1&quot;.</source>
        <translation>未知的 standards 命令“%1”。</translation>
    </message>
</context>
<context>
    <name>StatusProcedure</name>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Propose exit</source>
        <translation>拟退出</translation>
    </message>
    <message>
        <source>Start exit notice</source>
        <translation>脱贫公示</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>脱贫</translation>
    </message>
    <message>
        <source>Relapse</source>
        <translation>返贫</translation>
    </message>
    <message>
        <source>Start monitoring</source>
        <translation>纳入监测</translation>
    </message>
    <message>
        <source>Eliminate risk</source>
        <translation>风险消除</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be dated %2: it follows &quot;%3&quot;, recorded on %4.</source>
        <translation>“%1”的日期不能是 %2：它应在 %4 登记的“%3”之后。</translation>
    </message>
    <message>
        <source>Household %1 has been deleted. Restore it before recording &quot;%2&quot;.</source>
        <translation>农户 %1 已被删除。请先恢复，再登记“%2”。</translation>
    </message>
    <message>
        <source>Household %1 was already identified on %2.</source>
        <translation>农户 %1 已于 %2 识别。</translation>
    </message>
    <message>
        <source>Household %1 is %2; only a household not yet out of poverty can be identified.</source>
        <translation>农户 %1 的状态为“%2”；只有未脱贫户才能识别。</translation>
    </message>
    <message>
        <source>An exit can be proposed only for a household not yet out of poverty or returned to poverty; household %1 is %2.</source>
        <translation>只有未脱贫户或返贫户才能拟退出；农户 %1 的状态为“%2”。</translation>
    </message>
    <message>
        <source>The exit of household %1 was already proposed on %2.</source>
        <translation>农户 %1 已于 %2 拟退出。</translation>
    </message>
    <message>
        <source>Propose the exit of household %1 before starting its public notice.</source>
        <translation>请先登记农户 %1 拟退出，再开始公示。</translation>
    </message>
    <message>
        <source>The public notice of the exit of household %1 was already started on %2.</source>
        <translation>农户 %1 的脱贫公示已于 %2 开始。</translation>
    </message>
    <message>
        <source>The exit of household %1 has not been proposed. Propose it and post the public notice before recording the exit.</source>
        <translation>农户 %1 尚未拟退出。请先登记拟退出并进行公示，再登记脱贫。</translation>
    </message>
    <message>
        <source>The exit of household %1 has not been publicly noticed. Start the notice and record the exit after it has run.</source>
        <translation>农户 %1 的脱贫尚未公示。请开始公示，公示期满后再登记脱贫。</translation>
    </message>
    <message numerus="yes">
        <source>The notice period must have passed before an exit is final: the notice of household %1 started on %2 for %n day(s) and ends on %3, so the exit can be recorded from %4 on.</source>
        <translation>
            <numerusform>公示期满后才能确定脱贫：农户 %1 的公示于 %2 开始，为期 %n 天，至 %3 结束，因此自 %4 起才能登记脱贫。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a household out of poverty can return to poverty; household %1 is %2.</source>
        <translation>只有已脱贫户才能登记返贫；农户 %1 的状态为“%2”。</translation>
    </message>
    <message>
        <source>Household %1 is already monitored (%2). Record the elimination of its risk before starting a new monitoring.</source>
        <translation>农户 %1 已在监测中（%2）。请先登记风险消除，再开始新的监测。</translation>
    </message>
    <message>
        <source>Household %1 is not monitored, so there is no risk to eliminate.</source>
        <translation>农户 %1 未纳入监测，没有需要消除的风险。</translation>
    </message>
    <message>
        <source>Enter the date of &quot;%1&quot;.</source>
        <translation>请输入“%1”的日期。</translation>
    </message>
    <message>
        <source>The date of &quot;%1&quot; (%2) is in the future.</source>
        <translation>“%1”的日期（%2）晚于今天。</translation>
    </message>
    <message>
        <source>Give a reason for &quot;%1&quot;.</source>
        <translation>请填写“%1”的原因。</translation>
    </message>
    <message>
        <source>The public notice cannot start in the future (%1).</source>
        <translation>公示开始日期不能晚于今天（%1）。</translation>
    </message>
    <message>
        <source>The notice period must be at least one day.</source>
        <translation>公示期至少为 1 天。</translation>
    </message>
    <message>
        <source>Choose the monitoring category.</source>
        <translation>请选择监测类别。</translation>
    </message>
    <message>
        <source>%1 is not a monitoring category.</source>
        <translation>%1 不是有效的监测类别。</translation>
    </message>
    <message>
        <source>Choose at least one risk type.</source>
        <translation>请至少选择一种风险类型。</translation>
    </message>
    <message>
        <source>Choose at most %1 risk types; %2 were given.</source>
        <translation>最多选择 %1 种风险类型；当前选择了 %2 种。</translation>
    </message>
    <message>
        <source>%1 is not a risk type.</source>
        <translation>%1 不是有效的风险类型。</translation>
    </message>
    <message>
        <source>The risk type %1 is given twice.</source>
        <translation>风险类型 %1 重复选择。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be recorded for household %2 yet: %3</source>
        <translation>农户 %2 尚不能登记“%1”：%3</translation>
    </message>
    <message>
        <source>%1: a new household starts as not yet out of poverty (code %2), or as a household never registered as poor (code %3); status %4 is given only by a status step, which keeps its history.</source>
        <translation>%1：新录入的农户只能是未脱贫（代码 %2）或一般农户（未建档立卡，代码 %3）；状态 %4 只能由状态程序给出，以保留其历史。</translation>
    </message>
    <message>
        <source>%1: a new household is not identified yet; the year is set by the step &quot;%2&quot;.</source>
        <translation>%1：新录入的农户尚未识别；年度由“%2”步骤填写。</translation>
    </message>
    <message>
        <source>%1: a new household has not exited; the exit year is set by the step &quot;%2&quot;.</source>
        <translation>%1：新录入的农户尚未脱贫；脱贫年度由“%2”步骤填写。</translation>
    </message>
    <message>
        <source>%1: a new household is not monitored yet; the category is set by the step &quot;%2&quot;.</source>
        <translation>%1：新录入的农户尚未纳入监测；监测类别由“%2”步骤填写。</translation>
    </message>
    <message>
        <source>%1: %2 is the attribute of a household out of poverty, which a household becomes only through the step &quot;%3&quot;; a new household has the attribute of a poor household (%4).</source>
        <translation>%1：%2 是脱贫户的属性，只能通过“%3”步骤获得；新录入的农户应为贫困户属性（%4）。</translation>
    </message>
    <message>
        <source>Change attribute</source>
        <translation>变更户属性</translation>
    </message>
    <message>
        <source>%1: %2 was not kept, as only a status step sets it.</source>
        <translation>%1：草稿中的 %2 未保留，该项只能由状态程序设置。</translation>
    </message>
    <message>
        <source>%1: %2 was not kept, as only a status step sets it; it is %3.</source>
        <translation>%1：草稿中的 %2 未保留，该项只能由状态程序设置；现为 %3。</translation>
    </message>
    <message>
        <source>Household %1 already has the attribute %2.</source>
        <translation>农户 %1 的户属性已是 %2。</translation>
    </message>
    <message>
        <source>Household %1 is out of poverty, so its attribute is one of a household out of poverty; %2 is a poor household&apos;s, which it takes again only through the step &quot;%3&quot;.</source>
        <translation>农户 %1 已脱贫，其户属性应为脱贫户属性；%2 是贫困户属性，只能通过“%3”步骤恢复。</translation>
    </message>
    <message>
        <source>Household %1 is not out of poverty, so its attribute is one of a poor household; %2 is a household&apos;s out of poverty, which it takes only through the step &quot;%3&quot;.</source>
        <translation>农户 %1 未脱贫，其户属性应为贫困户属性；%2 是脱贫户属性，只能通过“%3”步骤获得。</translation>
    </message>
    <message>
        <source>Choose the new attribute.</source>
        <translation>请选择新的户属性。</translation>
    </message>
    <message>
        <source>%1 is not an attribute of a registered poor household.</source>
        <translation>%1 不是建档立卡贫困户的户属性。</translation>
    </message>
    <message>
        <source>Household %1 is %2: it was never registered as poor, so it has no poverty attribute to change.</source>
        <translation>农户 %1 为%2：从未建档立卡，没有可变更的贫困户属性。</translation>
    </message>
    <message>
        <source>Propose risk elimination</source>
        <translation>提议风险消除</translation>
    </message>
    <message>
        <source>The elimination of the risk of household %1 was already proposed on %2.</source>
        <translation>农户 %1 的风险消除已于 %2 提议。</translation>
    </message>
</context>
<context>
    <name>StatusSection</name>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>By</source>
        <translation>登记人</translation>
    </message>
    <message numerus="yes">
        <source>from %1, %n day(s)</source>
        <translation>
            <numerusform>自 %1 起，%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the household to record its identification, exit or monitoring.</source>
        <translation>请先保存该户，再登记识别、脱贫或监测。</translation>
    </message>
    <message>
        <source>Save or undo your changes to record a status step.</source>
        <translation>请先保存或撤销您的修改，再登记状态步骤。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>StatusStepDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Notice &amp;starts:</source>
        <translation>公示开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Notice &amp;period:</source>
        <translation>公示期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>New &amp;attribute:</source>
        <translation>新户属性(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Change the assistance unit</source>
        <translation>修改帮扶单位</translation>
    </message>
    <message>
        <source>New assistance unit</source>
        <translation>新增帮扶单位</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Form of assistance:</source>
        <translation>帮扶形式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Paired province or city (East-West):</source>
        <translation>对口协作省市（东西部协作）(&amp;P)：</translation>
    </message>
    <message>
        <source>(not an enterprise)</source>
        <translation>（非企业）</translation>
    </message>
    <message>
        <source>State-owned</source>
        <translation>国有企业</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>民营企业</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>企业性质(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>在岗(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <source>&amp;Form:</source>
        <translation>帮扶形式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;New unit…</source>
        <translation>新增单位(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark &amp;inactive</source>
        <translation>停用(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>帮扶形式</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Paired with</source>
        <translation>对口协作</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>帮扶干部</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assistance units</source>
        <translation>帮扶单位</translation>
    </message>
    <message>
        <source>Mark &amp;active</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>全部帮扶形式</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Unit saved</source>
        <translation>帮扶单位已保存</translation>
    </message>
    <message>
        <source>Delete the unit</source>
        <translation>删除帮扶单位</translation>
    </message>
    <message>
        <source>&amp;Why is the unit deleted?</source>
        <translation>删除原因(&amp;W)：</translation>
    </message>
    <message>
        <source>Unit deleted</source>
        <translation>帮扶单位已删除</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>以 JSON 格式输出，而不是文本。</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>账号。</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>姓名。</translation>
    </message>
    <message>
        <source>Phone.</source>
        <translation>电话。</translation>
    </message>
    <message>
        <source>admin, county, township, village or auditor.</source>
        <translation>admin、county、township、village 或 auditor。</translation>
    </message>
    <message>
        <source>Township or village codes, separated by commas.</source>
        <translation>乡镇或行政村代码，以逗号分隔。</translation>
    </message>
    <message>
        <source>There is no division with the code %1 in %2; &quot;fupin-cli divisions&quot; lists them.</source>
        <translation>%2 中没有代码为 %1 的区划；“fupin-cli divisions”可列出全部区划。</translation>
    </message>
    <message>
        <source>--role is one of admin, county, township, village, auditor; &quot;%1&quot; is not.</source>
        <translation>--role 只能是 admin、county、township、village、auditor 之一，不能是“%1”。</translation>
    </message>
    <message>
        <source>Say which account with --login LOGIN.</source>
        <translation>请用 --login 登录名 指定账号。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Added the account %1 (%2).</source>
        <translation>已添加账号 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在的角色是“%2”。</translation>
    </message>
    <message>
        <source>There is no account %1 in %2.</source>
        <translation>%2 中没有账号 %1。</translation>
    </message>
    <message>
        <source>Changed the divisions of %1.</source>
        <translation>已修改 %1 的负责区划。</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>Activated %1.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <source>Deactivated %1.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <source>  users list --db FILE --user LOGIN [--json]               the county&apos;s accounts
  users add --db FILE --user ADMIN --login L --name N --role R [--scope CODES] [--phone P]
  users set-role --db FILE --user ADMIN --login L --role R [--scope CODES]
  users set-scope --db FILE --user ADMIN --login L --scope CODES
  users set-password --db FILE --user LOGIN --login L     (the new one from FUPIN_NEW_PASSWORD)
  users deactivate|activate --db FILE --user ADMIN --login L
  --user LOGIN acts as that account on any command; its password is read from FUPIN_PASSWORD
  or asked for on a terminal, never given as an argument.</source>
        <translation>  users list --db FILE --user LOGIN [--json]               本县的账号
  users add --db FILE --user ADMIN --login L --name N --role R [--scope CODES] [--phone P]
  users set-role --db FILE --user ADMIN --login L --role R [--scope CODES]
  users set-scope --db FILE --user ADMIN --login L --scope CODES
  users set-password --db FILE --user LOGIN --login L     （新密码从 FUPIN_NEW_PASSWORD 读取）
  users deactivate|activate --db FILE --user ADMIN --login L
  --user LOGIN 表示以该账号执行任一命令；密码从 FUPIN_PASSWORD 读取
  或在终端中询问，不能作为参数给出。</translation>
    </message>
    <message>
        <source>Unknown users command &quot;%1&quot;.</source>
        <translation>未知的 users 命令“%1”。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>What was &amp;found:</source>
        <translation>走访发现(&amp;F)：</translation>
    </message>
    <message>
        <source>What was done or &amp;agreed:</source>
        <translation>落实或商定事项(&amp;A)：</translation>
    </message>
    <message>
        <source>F&amp;ollow up on:</source>
        <translation>回访日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Cadres who went:</source>
        <translation>走访干部(&amp;C)：</translation>
    </message>
    <message>
        <source>Name, number or phone, then Enter</source>
        <translation>输入姓名、编号或电话后按回车</translation>
    </message>
    <message>
        <source>Add a cadre &amp;by name:</source>
        <translation>按姓名添加干部(&amp;B)：</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>移除照片(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;hotos:</source>
        <translation>照片(&amp;H)：</translation>
    </message>
    <message>
        <source>There is no active cadre named %1; give the name exactly, the cadre&apos;s number or phone.</source>
        <translation>没有名为 %1 的在岗干部；请输入准确的姓名、干部编号或电话。</translation>
    </message>
    <message>
        <source>Add photos of the visit</source>
        <translation>添加走访照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels, %4 KB</source>
        <translation>%1：%2 × %3 像素，%4 KB</translation>
    </message>
    <message>
        <source>Tick the cadre who visited.</source>
        <translation>请勾选走访的干部。</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>%1 的走访</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <source>Enter or a double-click shows the photo at full size</source>
        <translation>按回车或双击可查看原图</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Remove %1 from the saved visit? It is removed now, even if the visit is not saved again; the change history keeps who removed it.</source>
        <translation>从已保存的走访记录中移除“%1”？照片会立即移除，即使之后不再保存这次走访；修改历史会记下是谁移除的。</translation>
    </message>
</context>
<context>
    <name>VisitPhotos</name>
    <message>
        <source>%1 is not a JPEG or PNG photo.</source>
        <translation>%1 不是 JPEG 或 PNG 格式的照片。</translation>
    </message>
    <message>
        <source>%1 is %2 KB; a visit photo may be at most %3 KB.</source>
        <translation>%1 有 %2 KB；走访照片最大只能为 %3 KB。</translation>
    </message>
    <message>
        <source>There is no visit %1 in the county.</source>
        <translation>本县没有编号为 %1 的走访记录。</translation>
    </message>
    <message>
        <source>There is no visit photo %1 in the county.</source>
        <translation>本县没有编号为 %1 的走访照片。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to Fupin&lt;/h2&gt;&lt;p&gt;No county file is open yet. Create your county&apos;s file, open one you have, or look around in a demo county first.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用扶贫工作台&lt;/h2&gt;&lt;p&gt;尚未打开县数据库文件。请创建本县的数据库文件、打开已有的文件，或先在演示县中看看。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>One village per line after its township, e.g.
丙妹镇 大塘村
丙妹镇 岜沙村
or a township, a colon and its villages:
停洞镇：停洞村、胜利村</source>
        <translation>每行写乡镇和一个村，例如：
丙妹镇 大塘村
丙妹镇 岜沙村
或写乡镇、冒号和它的各村：
停洞镇：停洞村、胜利村</translation>
    </message>
    <message>
        <source>Create my county</source>
        <translation>创建本县</translation>
    </message>
    <message>
        <source>County &amp;code:</source>
        <translation>县代码(&amp;C)：</translation>
    </message>
    <message>
        <source>County &amp;name:</source>
        <translation>县名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Townships and villages:</source>
        <translation>乡镇和村(&amp;T)：</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>保存位置(&amp;I)：</translation>
    </message>
    <message>
        <source>Create My Count&amp;y</source>
        <translation>创建本县(&amp;Y)</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>或者</translation>
    </message>
    <message>
        <source>O&amp;pen a County File...</source>
        <translation>打开县数据库文件(&amp;P)...</translation>
    </message>
    <message>
        <source>Try the &amp;Demo County</source>
        <translation>试用演示县(&amp;D)</translation>
    </message>
    <message>
        <source>The demo county&apos;s households, people and ID numbers are invented. It is marked 演示数据 everywhere; do not enter real households into it.</source>
        <translation>演示县的农户、人员和身份证号均为虚构，各处都标有“演示数据”；请勿在其中录入真实农户。</translation>
    </message>
    <message>
        <source>The county code has 6 digits, e.g. 522633.</source>
        <translation>县代码为 6 位数字，例如 522633。</translation>
    </message>
    <message>
        <source>Enter the county&apos;s name, e.g. 从江县.</source>
        <translation>请输入县名称，例如“从江县”。</translation>
    </message>
    <message>
        <source>List the county&apos;s townships and villages, one village per line after its township.</source>
        <translation>请列出本县的乡镇和村，每行写乡镇和一个村。</translation>
    </message>
    <message>
        <source>Choose where to save the county file.</source>
        <translation>请选择县数据库文件的保存位置。</translation>
    </message>
    <message>
        <source>%1 already exists; open it, or choose another name.</source>
        <translation>%1 已存在；请打开它，或换一个名称。</translation>
    </message>
</context>
<context>
    <name>WorkTeamsPanel</name>
    <message>
        <source>Current teams &amp;only</source>
        <translation>仅显示现任工作队(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>新建工作队(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>增加队员(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move member…</source>
        <translation>队员离队(&amp;M)…</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>行政村</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Sending unit</source>
        <translation>派出单位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Team members and roles</source>
        <translation>队员及职责</translation>
    </message>
    <message>
        <source>Work teams</source>
        <translation>驻村工作队</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>New work team</source>
        <translation>新建驻村工作队</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>行政村(&amp;V)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Sending unit:</source>
        <translation>派出单位(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Select the work team first.</source>
        <translation>请先选择驻村工作队。</translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation>增加队员</translation>
    </message>
    <message>
        <source>&amp;Cadre:</source>
        <translation>干部(&amp;C)：</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <source>First secretary</source>
        <translation>第一书记</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职责(&amp;R)：</translation>
    </message>
    <message>
        <source>Remove a team member</source>
        <translation>队员离队</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>队员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Why does %1 leave the team?</source>
        <translation>%1 离队原因(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Areas</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
</context>
<context>
    <name>XlsSheetReader</name>
    <message>
        <source>%1 is an Office file but not an Excel workbook this app reads (perhaps a Word document, or a workbook from before Excel 97). Open it in Excel or WPS and save it as .xlsx.</source>
        <translation>%1 是 Office 文件，但不是本程序能读取的 Excel 工作簿（可能是 Word 文档，或 Excel 97 以前的工作簿）。请用 Excel 或 WPS 打开，另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: it cannot be read as an Excel 97–2003 workbook (.xls). Open it in Excel or WPS and save it again as .xlsx.</source>
        <translation>%1 已损坏或不完整：无法作为 Excel 97–2003 工作簿（.xls）读取。请用 Excel 或 WPS 打开，另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in Excel or WPS, remove the password, save it and import it again.</source>
        <translation>%1 设置了密码。请用 Excel 或 WPS 打开，取消密码，保存后再导入。</translation>
    </message>
    <message>
        <source>%1 holds no worksheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>%1 has no sheet number %2.</source>
        <translation>%1 没有第 %2 个工作表。</translation>
    </message>
    <message>
        <source>%1: the sheet %2 cannot be read.</source>
        <translation>%1：无法读取工作表 %2。</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>%1 is damaged or incomplete (perhaps cut short while it was copied or downloaded): it cannot be read as an Excel workbook. Open it in Excel or WPS and save it again, or copy it again.</source>
        <translation>%1 已损坏或不完整（可能在复制或下载时被截断）：无法作为 Excel 工作簿读取。请用 Excel 或 WPS 打开后重新保存，或重新复制一份。</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook (.xlsx): it holds no workbook. An OpenDocument (.ods) or Word file must first be saved as .xlsx.</source>
        <translation>%1 是压缩文件，但不是 Excel 工作簿（.xlsx）：其中没有工作簿。OpenDocument（.ods）或 Word 文件须先另存为 .xlsx。</translation>
    </message>
    <message>
        <source>%1 holds no worksheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>%1 has no sheet number %2.</source>
        <translation>%1 没有第 %2 个工作表。</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Row %1 of %2 has more than %3 characters in the column &quot;%4&quot;, more than an Excel cell holds: export the list to CSV.</source>
        <translation>%2 的第 %1 行“%4”列超过 %3 个字符，超出 Excel 单元格能容纳的长度：请将列表导出为 CSV。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fupin</source>
        <translation>扶贫工作台</translation>
    </message>
    <message>
        <source>County poverty-alleviation register</source>
        <translation>县扶贫建档立卡管理</translation>
    </message>
    <message>
        <source>Open this county file.</source>
        <translation>打开此县数据库文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Open the demo county (invented data), creating it on first use.</source>
        <translation>打开演示县（虚构数据），首次使用时生成。</translation>
    </message>
</context>
</TS>
