<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>member no. %1</source>
        <translation>第 %1 名成员</translation>
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
        <source>The county file is busy; another program or window is saving. Try again.</source>
        <translation>县数据库文件正忙，其他程序或窗口正在保存。请稍后重试。</translation>
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
    <name>CodeLists</name>
    <message>
        <source>Cannot read the code list %1.</source>
        <translation>无法读取代码表 %1。</translation>
    </message>
    <message>
        <source>Line %1 of the code list %2 has fewer than 3 columns.</source>
        <translation>代码表 %2 的第 %1 行不足 3 列。</translation>
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
        <source>Usage: fupin-cli COMMAND [OPTIONS]
Commands:
  --version                                         print the version
  init --db FILE --county-code CODE --county-name NAME  create a county file
  demo --db FILE [--households N] [--seed S]        fill it with a demo county
  check-id [--json] ID...                           check resident ID numbers
  divisions --db FILE [--json]                      the division tree with codes
  stats --db FILE [--json]                          households and people by status, attribute, cause, township
  validate --db FILE [--year Y] [--json]            data-quality findings</source>
        <translation>用法：fupin-cli 命令 [选项]
命令：
  --version                                         显示版本号
  init --db FILE --county-code CODE --county-name NAME  创建县数据库文件
  demo --db FILE [--households N] [--seed S]        填入演示县数据
  check-id [--json] ID...                           校验身份证号
  divisions --db FILE [--json]                      带代码的行政区划树
  stats --db FILE [--json]                          按状态、户属性、致贫原因、乡镇统计户数和人数
  validate --db FILE [--year Y] [--json]            数据质量检查结果</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
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
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2). It was left untouched.</source>
        <translation>%1 已损坏或不是数据库（%2）。文件未作任何改动。</translation>
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
        <source>Cannot prepare %1: %2</source>
        <translation>无法准备 %1：%2</translation>
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
        <source>Upgrading the county file to level %1 failed: %2</source>
        <translation>将县数据库文件升级到级别 %1 失败：%2</translation>
    </message>
    <message>
        <source>The county code must be 6 digits, like 522633; got &quot;%1&quot;.</source>
        <translation>县代码必须是 6 位数字，如 522633；输入的是“%1”。</translation>
    </message>
    <message>
        <source>The county name is empty.</source>
        <translation>县名称为空。</translation>
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
        <source>The county file is busy (another program is writing to it), so it was not upgraded. Close the other program and try again.</source>
        <translation>县数据库文件正被另一个程序写入，因此没有升级。请关闭该程序后重试。</translation>
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
    <name>Drafts</name>
    <message>
        <source>A draft needs a key.</source>
        <translation>草稿缺少键值。</translation>
    </message>
    <message>
        <source>The county file is busy; another program or window is saving. Try again.</source>
        <translation>县数据库文件正忙，其他程序或窗口正在保存。请稍后重试。</translation>
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
        <source>Member %1</source>
        <translation>成员 %1</translation>
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
        <source>Open it</source>
        <translation>打开该户</translation>
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
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>A row of this household was changed elsewhere or belongs to another household. Reopen the household and make the change again.</source>
        <translation>该户的某条记录已在别处被修改，或属于其他农户。请重新打开该户，再重新修改。</translation>
    </message>
    <message>
        <source>member no. %1</source>
        <translation>第 %1 名成员</translation>
    </message>
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
        <source>The ID number %1 is entered twice in this household: for %2 and for %3.</source>
        <translation>身份证号 %1 在本户重复录入：%2 和 %3。</translation>
    </message>
    <message>
        <source>The ID number %1 of %2 is already registered for %3 in household %4. A person can be registered in only one household.</source>
        <translation>%2 的身份证号 %1 已在农户 %4 中登记给 %3。一个人只能登记在一个户中。</translation>
    </message>
    <message>
        <source>The household code is empty.</source>
        <translation>户编号为空。</translation>
    </message>
    <message>
        <source>Choose the township and village of household %1.</source>
        <translation>请选择农户 %1 所在的乡镇和行政村。</translation>
    </message>
    <message>
        <source>Household %1 has no head. Mark one member as the head of household.</source>
        <translation>农户 %1 没有户主。请将一名成员设为户主。</translation>
    </message>
    <message>
        <source>Household %1 has more than one head (%2). Only one member can be the head.</source>
        <translation>农户 %1 有多名户主（%2）。户主只能有一名。</translation>
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
        <source>The county file is busy; another program or window is saving. Try again.</source>
        <translation>县数据库文件正忙，其他程序或窗口正在保存。请稍后重试。</translation>
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
        <source>Household %1 is already deleted.</source>
        <translation>农户 %1 已被删除。</translation>
    </message>
    <message>
        <source>Household %1 is not deleted.</source>
        <translation>农户 %1 未被删除。</translation>
    </message>
    <message>
        <source>Household %1 cannot be restored: %2</source>
        <translation>无法恢复农户 %1：%2</translation>
    </message>
    <message>
        <source>Division %1 does not exist.</source>
        <translation>行政区划 %1 不存在。</translation>
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
        <source>The check digit is wrong; it should be %1.</source>
        <translation>校验码错误，应为 %1。</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Fupin</source>
        <translation>扶贫工作台</translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>农户</translation>
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
        <source>&amp;Household</source>
        <translation>农户(&amp;H)</translation>
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
        <source>Delete Household</source>
        <translation>删除农户</translation>
    </message>
    <message>
        <source>Delete household %1 (head: %2)? It can be restored later.
Reason for deleting:</source>
        <translation>删除农户 %1（户主：%2）吗？以后可以恢复。
删除原因：</translation>
    </message>
    <message>
        <source>Household %1 was deleted; tick &quot;Deleted&quot; to see and restore it.</source>
        <translation>农户 %1 已删除；勾选“已删除”可查看并恢复。</translation>
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
        <source>%1: %2 households found</source>
        <translation>%1：找到 %2 户</translation>
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
        <source>member no. %1</source>
        <translation>第 %1 名成员</translation>
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
        <source>The risk of household %1 cannot be marked eliminated: no member can work. A household with no labour at all stays monitored.</source>
        <translation>农户 %1 不能标记为风险消除：没有成员有劳动能力。无劳动力户继续保持监测。</translation>
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
        <source>The county file is busy; another program or window is saving. Try again.</source>
        <translation>县数据库文件正忙，其他程序或窗口正在保存。请稍后重试。</translation>
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
</context>
</TS>
