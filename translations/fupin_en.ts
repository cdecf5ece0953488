<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessGate</name>
    <message>
        <source>This program was built without the county&apos;s access rules, so it may not read or change records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessPolicy</name>
    <message>
        <source>change households and their members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change pairings, assistance measures and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose a household&apos;s exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announce an exit publicly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change assistance units, cadres, work teams, projects and funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the county&apos;s settings and divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has signed in to %1: sign in before making changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has been deactivated and may not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and may not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may %2 only in %3; this is in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 no longer exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has signed in to %1: sign in before reading its households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has been deactivated and may not read anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 may read the households of %3 only; %4 is outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The divisions of %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the whole county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the county from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve identification, exit, relapse, monitoring, risk elimination and attribute changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set annual goals and timetables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the poverty line and the monitoring threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print households&apos; cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no division %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals are set for the county, its townships and villages, not for a villager group such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and sets the goals of the county and its townships; the goal of the village %3 is set by its township&apos;s staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and sets the goals of the villages of its townships; the goal of %3 is set by the county.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role and Divisions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Works in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Whole county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Enter a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login may not contain spaces or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least %1 characters (or none, for a one-person office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 works in the whole county and has no divisions of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 needs the divisions it works in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no division %1 in this county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a township: a township account works in townships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a village: a village account works in villages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator %1 could not be created in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the county&apos;s only administrator; make another account administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate the account you are working as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the county&apos;s only administrator and cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county in %1 already has accounts: a first administrator is made only for a new county. Ask its administrator to add yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role and Divisions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are deactivated, never deleted: the change history names who made each change. A password guards against mistakes on a shared PC, not against someone who copies the county file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password once more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; the password was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? The account can no longer sign in; the change history keeps its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <comment>the one character on the accounts area&apos;s icon</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionGate</name>
    <message>
        <source>Open a county first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing in it can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministratorFields</name>
    <message>
        <source>Administrator &amp;login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s full na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm pa&amp;ssword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county administrator signs in with this name and creates the other accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s login, e.g. admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the administrator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountBounds</name>
    <message>
        <source>fund receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fund allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fund payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>microcredit loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan repayment or subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 (table %3, row %2) holds an amount of %4 fen, outside what any amount may be (at most %5 yuan either way): the file was changed outside Fupin. Restore a backup, or have that row corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessCommands</name>
    <message>
        <source>  assess --db FILE --year Y [--division CODE] [--kind exit|elimination] [--json]
                                                    exit assessment or risk elimination of every household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year assessed, as its status history stood then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the township, village or group (default: the county).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit (households not yet out of poverty) or elimination (monitored households); default exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the year to assess with --year Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of assessment; give --kind exit or elimination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets every condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %3 (judged on %4): %n household(s) assessed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meet every condition.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) not met</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentModel</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmet conditions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>&amp;Assess:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was cancelled; no households are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2, %3 (judged on %4): %n household(s) assessed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n meet every condition.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not met: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets every condition of exit (assessed %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets every condition of risk elimination (assessed %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households are proposed from the current year&apos;s assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected household(s) do not meet every condition and cannot be proposed: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The exit of %n household(s) was proposed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Propose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the exit of the selected households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the risk elimination of the selected households</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Propose the exit of %n household(s) today? Their public notice can start together.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Propose the risk elimination of %n household(s) today? The county then decides on each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The risk elimination of %n household(s) was proposed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistanceForces</name>
    <message>
        <source>The unit %1 is in use by cadres, work teams, measures, projects or funds, so it cannot be deleted. Mark it inactive instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cadre of rank %1 must be allowed at least one household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank %1 is not one of the county&apos;s ranks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap of rank %1 could not be saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cadre %1 in the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the households to pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the pairing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pairing cannot start in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre %1 (%2) may hold %3 households and holds %4; pairing %5 more goes over the cap. Give a reason to go over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current pairing of household %1 started on %2, after %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no visit %1 in the county.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistanceSection</name>
    <message>
        <source>Assistance measures, responsible cadres and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible cadres (the current one first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason over the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or change the cadre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why is the measure deleted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has no responsible cadre yet. Choose one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double-click on a visit does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the household first to record its assistance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 living conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 of %2 no longer exists, so the change cannot be reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 of %2 has been changed again since: it is now &quot;%3&quot;, not &quot;%4&quot;. Revert the later change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 is not in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a saved change to a field of a household, member, income or living-conditions record can be reverted; change %1 records a %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status and the monitoring category change only through the status procedure, which keeps their history. Record the step that applies (for example a relapse) instead of reverting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record this change belongs to no longer exists, so the change cannot be reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member this change belongs to no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position of %1 has been changed again since: it is now %2, not %3. Revert the later change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The income record this change belongs to no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The living-conditions record this change belongs to no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be reverted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back Up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up the County to a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the county...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county %1 was backed up to
%2
(%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the County from a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County files (*.fupin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replace the county file %1 with the backup %2?

The backup holds %3 (%4) with %n household(s). Everything entered since the backup was made will be gone from the county file; the file as it is now is kept beside it, renamed with today&apos;s date and time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace with the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the county...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file %1 was restored from the backup. The file it replaced is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the county before closing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Print what was written as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the backup is written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how many automatic backups Fupin keeps of this county when it closes (0: none; administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--automatic takes a number from 0 (none) to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder to write the backup to with --out FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fupin now keeps %n automatic backup(s) of this county.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up %1 (%2) to %3 (%4 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one backup file to restore: fupin-cli restore --db FILE BACKUP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the county file to restore with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 from %2: %3 (%4), %n household(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  backup --db FILE --out FOLDER [--automatic N] [--json]
                                                    a checked backup of the county into a folder (administrators and county staff)
  restore --db FILE BACKUP [--json]                 replace the county file with a checked backup, keeping the file it replaces (administrators only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasicInfoSection</name>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank acco&amp;unt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification &amp;standard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identified in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned exit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Military or martyr family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relocated household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined a c&amp;ooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Led by an enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocation &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settl&amp;ement address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, exited in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, monitored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeneficiaryDialog</name>
    <message>
        <source>Beneficiary households of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, ID number or household code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the households of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beneficiaries (Delete removes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may look at the beneficiaries but not change them: county staff keep the project library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 households are listed; search to narrow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenefitBook</name>
    <message>
        <source>Subsistence allowance (低保)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme-poverty support (特困供养)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-welfare job wages (公益岗位)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education subsidy (雨露计划)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing renovation grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset dividends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecological compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other policy subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household that receives the benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the benefit must be between 2000 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of a benefit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is not in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the households that receive the benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is not in the register; no benefit was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benefit was saved: %1 is outside what you may change. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenefitCommands</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the household&apos;s code with --household CODE (once per household).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this year&apos;s benefits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n benefit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The household&apos;s code; give it once per household for the same benefit to each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of benefit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Entered the benefit for %n household(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The benefit&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed benefit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown benefits command &quot;%1&quot;; see &quot;fupin-cli benefits --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  benefits list --db FILE --household CODE [--year Y] [--json]
                                                    a household&apos;s benefits, the latest year first
  benefits add --db FILE --household CODE... --year Y --type CODE --amount YUAN [--note T] [--json]
                                                    a benefit for one household or the same for many
  benefits remove --db FILE --id N --reason TEXT [--json]
                                                    takes off a benefit entered by mistake
  (add and remove also read their fields from a JSON object with --input FILE; &quot;household&quot; may be a list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenefitDialog</name>
    <message numerus="yes">
        <source>Enter a benefit for %n households</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of benefit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 3600.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenefitsSection</name>
    <message>
        <source>Policy benefits (政策享受)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a benefit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the benefit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits are entered once the household is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits in %1: &lt;b&gt;%2&lt;/b&gt; yuan in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer income recorded for %1 in the income section: &lt;b&gt;%2&lt;/b&gt; yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No income is recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: benefits %2 yuan, income records %3 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The income is not changed by the benefits: correct it in the income section if it is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the benefit to remove in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why is the benefit removed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy benefits, by year, the latest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household is open for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the household first to enter its benefits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkAssessment</name>
    <message>
        <source>The households of %1 could not be assessed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit from poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk elimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be assessed: give a year from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such division in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no division with the code &quot;%1&quot; in %2; see `fupin-cli divisions`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the county file %1 for the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkProposal</name>
    <message>
        <source>Select the households to propose first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No exit was proposed: %n household(s) cannot be proposed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No risk elimination was proposed: %n household(s) cannot be proposed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CadreDialog</name>
    <message>
        <source>Change the cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Political status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (up to %2 households)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadresPanel</name>
    <message>
        <source>Name, phone, ID number, unit or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New cadre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ps by rank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Households of the cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a &amp;visit today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on a household does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households of the cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Households of %1: %2 now, %3 in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>The code of the county, township, village or group whose households get cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household code; repeat the option (or list more codes after it) for more households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the measures, benefits and income on the cards; the latest year with incomes when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More household codes after --household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option; give household codes after --household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --division CODE (a division&apos;s households, see `fupin-cli divisions`) or --household CODE (listed households), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out, a name ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n card(s) of %2 on %3 page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a4 (one card page per A4 page, the default) or a5 (two card pages side by side on an A4 sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a layout: give --layout a4 or --layout a5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cards --db FILE (--division CODE | --household CODE...) --out FILE.pdf [--year Y] [--layout a4|a5]
        [--template household|contact|policy|income]
                                                    household cards (明白卡) or the three cards as a PDF, each logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household (the household card, the default), contact (four contact cards to an A4 sheet, backs on the next page for duplex printing), policy or income.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card: give --template household, contact, policy or income.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPrintLog</name>
    <message>
        <source>%1 is open read-only, so the prints cannot be logged and no card is printed. Copy the county file to a folder you can write to and print from the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print log of %1 has not been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTemplates</name>
    <message>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CausesSection</name>
    <message>
        <source>Poverty causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Main cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other cause &amp;1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other cause &amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartSheetPrinter</name>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeLists</name>
    <message>
        <source>Cannot read the code list %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the code list %2 has fewer than 3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the code list %2 opens a quote that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the code list %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code lists, poverty lines and caps of %1 are the county&apos;s own: the defaults are loaded only into a county being created, and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The county file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the county file with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no county yet; run &quot;fupin-cli init&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit county code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the county %1 (%2) in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--households must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 demo households in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID numbers to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one or more ID numbers to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n household(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 households, %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By main cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year whose income and living conditions are checked (default: the latest with income records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) for %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file %1 is sound: its structure and the links between its records are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The county file %1 has %n problem(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already at database level %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was upgraded meanwhile by another program; it is at database level %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 from database level %2 to level %3. The file as it was before is kept in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this account; its password is read from FUPIN_PASSWORD or asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has accounts: say who you are with --user LOGIN (the password is read from the environment variable FUPIN_PASSWORD, or asked for on a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s login (its password from FUPIN_PASSWORD or asked for); without it, &quot;admin&quot; without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts admin, county, township, village and auditor, each with the password %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRequest</name>
    <message>
        <source>Read the request as a JSON object from this file (- for standard input); an option given too wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to hold one request (at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold one JSON object (the error is near character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the field &quot;%2&quot;, which this command does not take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the %1 number with --%1 N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number; &quot;%2&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date with --%1 YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of fen, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the amount in yuan with --%1, like 1000.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionsPanel</name>
    <message>
        <source>Each unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each form of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit or form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households paired now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By unit and by form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Households (Enter on a row above lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Households of %1: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountyBackup</name>
    <message>
        <source>The number of automatic backups must be between 0 (none) and %1; got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for automatic backups cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose a folder for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made: nothing can be written in the folder %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was not made, and nothing was left under its name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made: %1 could not be given its name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountyDatabase</name>
    <message>
        <source>%1 is a folder, not a county file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Fupin county file: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Copy the county file to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Fupin county file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Fupin (database level %2; this version reads up to level %3). Please update Fupin. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the county file before upgrading it, so it was not upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing schema file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county code must be 6 digits, like 522633; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file already holds the county %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it holds no county. Nothing was changed. Create a county in it with &quot;fupin-cli init&quot; or in Fupin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no county. Nothing was changed. Create a county in it with &quot;fupin-cli init&quot; or in Fupin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at database level %2 and must be upgraded to level %3 before it can be read. Nothing was changed. Upgrade it (a backup is written first) with: fupin-cli upgrade --db %1 , or by opening it in Fupin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be written to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be given its name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be upgraded before it can be read; it was opened only for reading, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file was not upgraded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the county file %1 to level %2 failed, so it was left at level %3 as it was. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) would point to records that do not exist (the first in table %1, pointing to %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The structure of the file is damaged in %n place(s) (pages or indexes that do not agree). Restore the latest backup, or copy the file and ask your IT support to repair it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in table %1 point to records of table %2 that do not exist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The county code %1 is not a Chinese region code (the first two digits name a province).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 names a province or prefecture, not a county; a county code does not end in 00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county name is empty (or made only of spaces and invisible characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county name contains control or invisible characters (U+%1); type it again without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county name is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county schema could not be built to compare the file with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountyRestore</name>
    <message>
        <source>To restore %1, an administrator signs in to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not restored; nothing was changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is the county file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be written in the folder %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file is open in Fupin or in another program: close it there (in Fupin, restore from its File menu) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be renamed to %1 to be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored copy could not be given the name of the county file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvSheetReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a Chinese encoding (GBK/GB18030) that this computer cannot decode. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the quotation mark opened in line %2 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 is longer than any roster&apos;s line; this is not a text table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the copy was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the copy %1 does not read back as it was written (%n damaged place(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteHouseholdDialog</name>
    <message>
        <source>Delete Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete household %1 (head: %2)? It can be restored later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the whole household moved out of the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for deleting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Could not read the county file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file already holds households. Demo data is only generated into an empty county, so nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing to the county file; another program may be using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo county was cancelled; no demo data was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo county, so no demo data was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the demo county: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo county needs between 1 and 1,000,000 households, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo history runs from 2014 to a last year no later than %1, not to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DivisionList</name>
    <message>
        <source>Line %1 (&quot;%2&quot;) has more than a township and a village. Write one village per line, or the township, a colon and its villages separated by 、.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;) is indented as a village, but no township comes before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a township or village name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 villages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has more than %1 townships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no county yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county already has its townships; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DivisionTreeModel</name>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, statistical code %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Divisions</name>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>The printer cannot print on A4 pages with these margins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be printed: the printer or file is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be printed: page %1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be printed to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>A draft needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Save the household first: a person can be confirmed different from another only once both are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be different from themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two people is not registered (any more), so the decision was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitAssessment</name>
    <message>
        <source>No income is recorded for %1 or before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 monitoring threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 poverty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The income of %1 has no household size, so its per-capita income is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county has no poverty line or monitoring threshold for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The per-capita net income of %1 (%2 yuan) is not above %3 (%4 yuan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The per-capita net income of %1 (%2 yuan) is above %3 (%4 yuan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no living conditions are recorded for %2 or before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yes (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not secured in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worry about food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worry about clothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compulsory education guaranteed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic medical care guaranteed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing safety guaranteed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe drinking water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring started on %1; its risk can be marked eliminated after half a year, from %2 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored for more than half a year, since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assistance measure(s) in place.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No assistance measure is in place. Record at least one measure first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one member can work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member can work; a household with no labour at all stays monitored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income above the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored for half a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance measure in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member can work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export List...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has no list to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List to export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 were written to
%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list: %1. &quot;members&quot; is the household roster, one person a row, as an import reads it; &quot;template&quot; is the empty roster to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, ending in .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the households (and villages) of this township, village or group code (see `fupin-cli divisions`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xlsx or csv; by default the suffix of --out says which (a name without one gets it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality: the year whose income and living conditions are checked (default: last year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger, loans, not-visited: the day the list is as of (default today), YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cadres: only those whose name, phone, unit or post contains the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which list to export with --what (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no list that can be exported; give one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.xlsx (or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is xlsx or csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 does not agree with the name %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither an .xlsx nor a .csv file: give a name ending in .xlsx or .csv, or --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date; write it as 2024-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no division with the code %1 (see `fupin-cli divisions`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForcesChecks</name>
    <message>
        <source>The unit has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the form of assistance the unit belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit&apos;s level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cadre&apos;s sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre&apos;s ID number %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre&apos;s phone number %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cadre&apos;s rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household of the pairing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the responsible cadre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the pairing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the village of the work team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the work team starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work team&apos;s term ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household of the measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category of the measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the measure starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of a measure cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cadre who visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what was found or done on the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enterprise is either state-owned or private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s contact phone %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date comes before the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the work team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cadre who serves in the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member&apos;s role: team leader, first secretary or team member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure cannot start in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit cannot be logged for a day in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cadre %1 in the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre %1 is inactive and takes no new households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no household %1 in the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household %1 has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 is already the cadre %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank %1 is not one of the county&apos;s ranks; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre %1 (%2) may hold %3 households and holds %4; pairing %5 more goes over the cap. Give a reason to go over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work team is sent to an administrative village; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a category of assistance measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assistance unit %1 in the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project %1 in the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre already serves in this work team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForcesCommands</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cadres whose name, phone, ID number, unit or post contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households without a current responsible cadre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres holding more households than their cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre&apos;s number or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household code; give it once per household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the pairing starts (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the cadre may go over their cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date; write it as 2024-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cadre with --cadre and the households with --household CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) paired.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only visits on or after this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  units --db FILE [--json]                          assistance units
  cadres --db FILE [--search TEXT] [--json]         cadres with their households and cap
  pairings --db FILE [--unassigned] [--over-cap] [--json]
                                                    households without a cadre, cadres over the cap
  pair --db FILE --cadre ID_OR_PHONE --household CODE... [--date D] [--reason TEXT]
                                                    pair households with a responsible cadre
  visits --db FILE [--since DATE] [--json]          visits, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForcesLists</name>
    <message>
        <source>Division %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cadre %1 in the county (give the cadre&apos;s number or phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one cadre has the phone %1; give the cadre&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForcesPage</name>
    <message>
        <source>&amp;Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By unit and form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <comment>the one character on the assistance forces area&apos;s icon</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForcesPanel</name>
    <message>
        <source>Nothing to list here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForcesWriteCommands</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the household&apos;s code with --household CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cadre with --cadre ID_OR_PHONE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form of assistance (assistance_form code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s level (unit_level code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>East–West cooperation: the paired province or city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise assistance: state or private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved unit %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre %1 is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre %1 is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted unit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex code (1 male, 2 female).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The political status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the unit the cadre comes from (0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre&apos;s post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank, which sets the cap of households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre is a first secretary (第一书记).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved cadre %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure&apos;s category (measure_category code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the measure is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it started, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money it brought, in yuan (0 when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the project it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre who brought it: number or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the unit that brought it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it achieved (帮扶成效).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved measure %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted measure %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted visit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre who led the visit: number or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cadre who went along: number or phone; give it once per cadre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the visit, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the visit found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done or agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the planned follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JPEG or PNG photo of at most 500 KB; give it once per photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved visit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the village the team serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the sending unit (0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the team starts, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No division in %1 has the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved work team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work team&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre: number or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member, leader or first_secretary (default member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the cadre to work team %1 (membership %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the cadre leaves the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed membership %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed photo %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown measures command &quot;%1&quot;; see &quot;fupin-cli measures --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown teams command &quot;%1&quot;; see &quot;fupin-cli teams --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank (cadre_rank).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most households a cadre of the rank holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cap with --max N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A cadre of rank %1 holds at most %n household(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundLedger</name>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is itself a reversal and cannot be reversed; enter the correct entry anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has already been reversed by entry %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for reversing %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal cannot be dated before the entry it reverses (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the voucher number (凭证号) of the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of a %1 must be more than 0.00 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation %1 does not exist; a payment is made out of an allocation to a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation %1 is a reversal; pay out of the allocation itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment cannot be dated before the allocation it is paid from (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who the payment goes to (a household or a contractor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund source %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is %2: funds are allocated to and paid for approved projects only, and never for cancelled ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: allocated would exceed received for the fund source &quot;%1&quot;. From %2 on, at most %3 yuan of it is unallocated, and this needs %4 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: disbursed would exceed allocated for the project &quot;%1&quot;. From %2 on, at most %3 yuan of its allocations is unpaid, and this needs %4 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: disbursed would exceed what the fund source &quot;%1&quot; allocated to the project &quot;%2&quot;. From %3 on, at most %4 yuan of it is unpaid, and this needs %5 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no assistance unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund source %1: on %2 allocated exceeds received by %3 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1: on %2 disbursed exceeds allocated by %3 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1, fund source %2: on %3 disbursed exceeds allocated by %4 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of a %1 can be at most %2 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: allocation %1 was reversed by allocation %2, so no payment can be made out of it. Pay out of a standing allocation to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger&apos;s sums overflow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundSourceChecks</name>
    <message>
        <source>Give the fund source a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of the fund source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the fund source must be between 2000 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundTotalsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet disbursed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundsCommands</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date (YYYY-MM-DD); today when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ledger --db FILE [--source ID] [--project ID] [--as-of DATE] [--json]
                                                    fund balances by source and project, reconciled
  projects --db FILE [--year Y] [--status S] [--json] the project library
  loans --db FILE [--overdue] [--due-within DAYS] [--as-of DATE] [--json]
                                                    microcredit loans overdue or due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this fund source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund ledger as of %1: received %2, allocated %3, disbursed %4 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1 %2: received %3, allocated %4, disbursed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1 %2: allocated %3, disbursed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger reconciles to the fen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger does not reconcile:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only projects of this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only projects in this status (proposed, in_library, approved, tendering, in_progress, completed, accepted, announced, cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4, %5): budget %6, allocated %7, disbursed %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loans past their due date and not repaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans due within this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4): %5 of %6 yuan owed, due %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <source>By fund source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type of fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By form of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By assistance unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By village or township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every source and every project reconciles to the fen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) or project(s) do not reconcile.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1: received %2 yuan, allocated %3 yuan, disbursed %4 yuan. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the entry to reverse in the list of entries first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥</source>
        <comment>the one character on the funds area&apos;s icon</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Microcredit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rever&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsGrid</name>
    <message>
        <source>Annual goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type numbers of households per month, or paste a block copied from a spreadsheet (Ctrl+V). Grey rows are set by another level; the rows in italics add up the divisions below, with the difference from the goal above them in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or revert the goals of %1 before choosing another year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n goal(s) of %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the cell to paste at first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or revert the changes before choosing another year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsTableModel</name>
    <message>
        <source>A sum of the goals below; change those goals instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of households or people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no cells to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The block has %n row(s) of goals, more than there are from this row down; nothing was pasted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The block is %n column(s) wide, wider than the grid from this column; nothing was pasted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2 Nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The townships of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The villages of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> add up to the figures of this row; each difference from the goal of %1 is in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 add up to %2, as the goal of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 add up to %2, %3 %4 than the goal of %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sum of the %n township(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sum of the %n village(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The months plan %1 household(s), %2 than the year&apos;s %3: make the timetable add up before saving, or clear the months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <comment>a column of the goals grid: households planned in that month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households planned in month %1 alone (not a running total).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s goal in households; it follows the months while they add up to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s goal in people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or undo your changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 back to &quot;%2&quot;? This is recorded as a new change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdCardPainter</name>
    <message>
        <source>Cards can only be printed by a program that lays text out with fonts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font %1 the cards are printed in is not installed; install the package fonts-noto-cjk (Noto CJK) and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a yes/no box&apos;s label and its remark</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <comment>a card&apos;s title on its next pages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <comment>a page of one card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farmland (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned farmland (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance measures and their results in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-capita net income %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a work team&apos;s unit and members</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village work team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household (signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible cadre (signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First secretary (signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village Party secretary (signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:          year      month      day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Stamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <comment>a date on a card: year, month, day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1, print No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1 (preview, not logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assistance contact card (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 policy card (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 income card (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures and benefits enjoyed since identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No income recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan) or people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T against the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your assistance contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, not logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdCardPdf</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: there is no card to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdCardRun</name>
    <message>
        <source>The print was cancelled: nothing was printed or logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not kept: its cards could not be entered in the print log. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a PDF&apos;s title: the card and the year</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdCards</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a county&apos;s own card title and the year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 household assistance card (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is deleted: restore it to print its card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no division with the code &quot;%1&quot; in %2; see `fupin-cli divisions`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards can be printed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic medical insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe drinking water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children out of compulsory school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dangerous-house renovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined a cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <comment>a measure on a card and its start date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <comment>an amount on a card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>a benefit&apos;s note on a card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan received</source>
        <comment>a benefit&apos;s amount on a card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have suggestions or difficulties, please contact me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microcredit: up to 50,000 yuan for up to 3 years, without guarantee or collateral, interest paid by the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education: two exemptions and one subsidy in compulsory schooling; Rain and Dew Plan (雨露计划) support for vocational students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: basic medical insurance paid for, serious-illness insurance and medical assistance; treatment first, payment after, in the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing: dangerous houses (grade C and D) renovated with a subsidy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security: subsistence allowance and extreme-poverty support at the county&apos;s standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a measure and its result on the policy card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a benefit&apos;s year on the policy card</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdChecks</name>
    <message>
        <source>Choose the township and village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the members of the household, the head first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member is the head of household (户主).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members are marked as head; only one can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose the relation to the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s ID number %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have the same ID number %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: months worked must be 0 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the main poverty cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: welfare-job months must be 0 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income in %1: an amount is negative (%2 yuan); amounts cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living conditions in %1: an area or distance is negative (%2); it cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control or invisible character (U+%2); type it again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a year from %2 to %3; it is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 1 to %2; it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 yuan; one amount can be at most %3 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to %2; it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a code of the county&apos;s list for this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living conditions in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has %1 members; a household can have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has more than %1 years of income or living conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household code &quot;%1&quot; is not %2 digits (the village&apos;s %3-digit code and a serial).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdCommands</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one household code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between list items</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted; &quot;fupin-cli history&quot; gives the reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty causes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified: %1; planned exit: %2; exited: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Members (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Income recorded for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living conditions recorded for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1, changed %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only within this township, village or group (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many households (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the deleted households instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a member&apos;s name (or part of it), at least %1 digits of an ID number, or the beginning of a household code or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No division in %1 has the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The households of %1 could not be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed; --limit lists more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large to hold one household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not valid JSON (the error is near character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not hold a household: it should hold one JSON object, as &quot;fupin-cli household show --json&quot; prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not hold a household: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household as &quot;household show --json&quot; prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the household&apos;s file with --json FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created household %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is unchanged; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved household %1 (revision %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the household is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for deleting the household with --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted household %1; &quot;fupin-cli household restore %1&quot; brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored household %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, e.g. 2024-05-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step (see &quot;household --help&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the step, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit_notice: the first day of the public notice (default: --date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit_notice: how many days the notice is posted (default: the county&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor: the monitoring category code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor: the risk type codes, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the step with --kind, one of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notice-days must be a number from 1 to 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; for household %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown household command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  household SUBCOMMAND --db FILE ...                show, search, save, delete, restore, step (&quot;household --help&quot;)
  history --db FILE CODE [--json]                   a household&apos;s change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute: the new attribute code, e.g. 04 (on subsistence allowance).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year whose income and living conditions are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (head: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 of %2 is already registered for %3 in household %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2, has the same name and birth date as %3 of household %4 in the same township. Are they different people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: put right what is listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this household before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections (&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered for %1 in household %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 of %2 is registered for %3 in household %4, which was deleted: restore that household (tick &quot;Deleted&quot; in the register&apos;s list) instead of entering its people again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from unsaved work. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Enter opens that household)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdFilterBar</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, ID number or its last digits, household code, phone (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attri&amp;bute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;nitoring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;dre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;leted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the deleted households, to restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the dashboard&apos;s selection and list every household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdImport</name>
    <message>
        <source>the rows of household %1 are not together: a household&apos;s people are listed one after another, under one household code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a value of %2: give one of the list&apos;s codes or names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household code %1 is a household of %2 (village code %3), not of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the village %1 is in %2, not in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several villages are named %1: give the township, or the household code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household code %1 does not begin with the code %2 of the village %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the village %1 is not in the county, and the row names no township to add it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household code %1 does not agree with the township %2: its code %3 is not a free township code of the county %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the township %1 and its village %2 are not in the county: add them, or import with the divisions added (--add-divisions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household code %1 does not agree with the village %2 of %3: its first 12 digits are not a free village code in the township (code %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the village %1 of %2 is not in the county: add it, or import with the divisions added (--add-divisions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no village of the county has the code %1 that the household code %2 begins with; give the village&apos;s name to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row gives neither a household code nor a village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the villager group %1 of %2 is not in the county: add it, or import with the divisions added (--add-divisions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person has no ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number %1 is also in row %2: a person is registered once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household matches %1 registered households (by its code and its people&apos;s ID numbers): correct the rows so that they name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet named %2; its sheets are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 of %2 is empty: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the sheet %2 in %3 is empty: it cannot be the header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 of %2 has no header row in its first %3 rows: a roster has a row of column names such as 姓名, 身份证号 and 与户主关系 above its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 of %2 has no column for: %3. Name the columns in the header row as the template does, or choose them in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 may not change households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 of %2 has a header row (row %3) but no rows below it: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households added, %2 updated, %3 left as they were; %4 people added, %5 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems cannot be saved to %1: choose a name ending in .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdJson</name>
    <message>
        <source>The saved household is damaged: the value of %1 in %2 is not what it should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved household was written by a newer version of Fupin. Please update Fupin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>income record no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>living-conditions record no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 in %2 (%3) is not a whole number that field can hold; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdLookup</name>
    <message>
        <source>Give a household code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The households of %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household in %1 has the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>Household %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household code %1 is already used by a deleted household (head: %2). Restore that household, or choose another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household code %1 is already used by another household (head: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 of %2 is already registered for %3 in household %4. A person can be registered in only one household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The income of %1 has no household size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are two income records for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are two records of living conditions for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 has been deleted. Restore it before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 was changed by %2 at %3 after you opened it. Reopen it to see those changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for deleting the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1: choose its village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1: the village %2 is not in the township chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1: the villager group chosen is not in the village %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 of %2 is registered for %3 in household %4, which was deleted. Restore household %4 instead of entering its people again: tick &quot;Deleted&quot; in the register&apos;s list, or run &quot;fupin-cli household restore %4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household code %1 does not begin with the code %2 of its village %3: a household code is the village&apos;s %4-digit code followed by a serial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of household %2 changes only through a status step (identification, exit, relapse, monitoring, attribute change), which keeps its history; the status, identification year, exit year, attribute and monitoring category cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>Household code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No county file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the households: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 households, %3 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 households found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H</source>
        <comment>the one character on the households area&apos;s icon</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a &amp;benefit for the selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the households in the list first (Ctrl or Shift with the mouse or arrows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The benefit was entered for %n household(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print household &amp;cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: counting the households...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households and members (roster)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits and a final X are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 digits (or 15 for old numbers); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the 18th character of a certificate number may be an X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region code %1 is not a Chinese region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth year %1 is too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number contains a line break or another control character. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disability certificate number has 20 or 22 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number has %1 digits, like a disability certificate number (an ID number followed by more digits). A resident ID number has 18 digits (or 15 for old numbers): copy it from the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number does not pass the check digit test: a digit is probably mistyped. Compare it digit by digit with the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>The sheet to import (the first one when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row of column names (found among the first rows when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column mapping saved by the import wizard, applied over the header&apos;s names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the townships, villages and groups the county lacks, in the same transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the people already registered (matched by ID number) instead of leaving them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the incomes when the roster has no year column (last year when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster to import (.xlsx, .xls or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one roster to import: fupin-cli import --db FILE ROSTER.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header-row takes a row number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--income-year takes a year such as 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet %2: header in row %3, %4 rows, %5 households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the county: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisions %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households added, %2 updated, %3 already registered and left as they were; %4 people added, %5 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was written. Correct the rows and import again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problems. Nothing was written (--dry-run); the import would make: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a row has a problem, save the problems beside their rows to this .xlsx or .csv file, for the village to correct its roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  import --db FILE ROSTER [--sheet NAME] [--mapping M] [--dry-run] [--add-divisions]
         [--update-existing] [--problems FILE] [--json]
                                                    import households and members from .xlsx, .xls or .csv, all rows or none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Household code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main poverty cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other poverty cause 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other poverty cause 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military or martyr family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined a cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by an enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious-illness insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsistence allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme-poverty support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a column mapping saved by this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping %1 names a field this app does not know: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping %1 puts %2 in the column &quot;%3&quot;, which this sheet does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping cannot be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>the ID number %1 is stored as a number, which keeps only 15 digits: its last digits may be lost. Format the column as text, type the number again and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number is shown as %1 (scientific notation): its last digits are lost. Type the full number again, in a column formatted as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number is shown as %1 (scientific notation): its digits are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: write it as 1985-03-12, 1985.3.12 or 1985年3月12日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither yes (是) nor no (否).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Households from a Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, .xls) or a CSV file, one row per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the townships, villages and groups the county lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update people already registered (else leave them as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet, header and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which column holds which field; correct it where the guess is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Mapping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Mapping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked with the editor&apos;s rules; nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows are written in one transaction, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2 households: %3 to add, %4 to update, %5 already registered and left as they are; %6 people to add, %7 to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: correct the rows in the spreadsheet and check again. Nothing will be written while any row has a problem.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problems. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the county: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisions to add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Problems...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidenceSettingsDialog</name>
    <message>
        <source>Poverty Incidence Line and Rural Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2% (most provinces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3% (the western provinces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural registered population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A village&apos;s poverty incidence is its poor people over its rural registered population; where none is recorded, the people in the register stand in (marked * on the dashboard). Type a population and press Enter; 0 removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidence &amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rural registered population by village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only county-level accounts change the incidence line and the rural population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomeSection</name>
    <message>
        <source>Household si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant &amp;wages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare-&amp;job wages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;rops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Livestock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forestry and fruit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other operating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset &amp;dividends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land transfer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family planning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubsistence allowance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme-poverty support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecological compensation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old-age/disability subsidies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alimony:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance payouts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating &amp;costs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income in %1 (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No income recorded for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net income &lt;b&gt;%1&lt;/b&gt; yuan; per person &lt;b&gt;%2&lt;/b&gt; yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 poverty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 monitoring threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1 of %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1 of %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household size of this year (%1) differs from the members listed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomeStatement</name>
    <message>
        <source>Household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labourers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage income (migrant work, public-welfare jobs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production and operating income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production and operating costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-capita net income</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyedStore</name>
    <message>
        <source>There is no %1 %2 in the county.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerCommands</name>
    <message>
        <source>%1 %2 on %3: %4 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher number (凭证号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund source&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the allocation paid from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is paid: a household or a contractor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the household paid, if one is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the entry is: receipt, allocation or disbursement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the entry to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the reversal, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher number of the reversal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the entry is reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give what the entry is with --kind receipt, allocation or disbursement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt, allocation or disbursement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this fund source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only payments to this household (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries up to this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give what to list with --kind receipt, allocation or disbursement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <source>Enter a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate funds to a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay out of an allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 yuan on %3 (voucher %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 12000.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household code, when paid to a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerEntryModel</name>
    <message>
        <source>reverses %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkStore</name>
    <message>
        <source>The %1 is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither an .xlsx nor a .csv file: give a file name ending in .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households and members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired province or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households not visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages without a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of its current team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaid (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest subsidy (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microcredit loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivingSection</name>
    <message>
        <source>Living conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living conditions in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Farmland (mu):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Irrigated (mu):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forest (mu):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned &amp;farmland (mu):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fruit forest (mu):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasture (mu):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water surface (mu):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing area (m²):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Road distance (km):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road &amp;surface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House ratin&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooking f&amp;uel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not renovated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reno&amp;vated in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radio and TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficult drinking water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe drinking water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanitary toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two assurances, three guarantees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compulsory education secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic medical care secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing safe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanCommands</name>
    <message>
        <source>Loan %1 (%2, %3): %4 of %5 yuan owed, due %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reverses event %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reversed by event %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment %1 of %2 yuan entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 reversed by event %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the event is reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  loans events --db FILE --loan N [--json]          a loan&apos;s repayments, extensions and subsidies, reversals included
  loans repay --db FILE --loan N --amount YUAN --date DATE [--note T] [--json]
                                                    enter a repayment
  loans reverse --db FILE --event N --reason TEXT [--date DATE] [--json]
                                                    reverse a mistyped repayment, extension or subsidy
  (repay and reverse also read their fields from a JSON object with --input FILE; amounts as &quot;amount_fen&quot;: 100000 or &quot;amount&quot;: &quot;1000.00&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidy %1 of %2 yuan entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1 to %2 entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The borrowing household&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member who borrows: their ID number or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lending bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount lent in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the loan (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term in months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the loan is for: a production purpose&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the money is for, in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interest rate in permille, fully subsidised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 has no member with the ID number or name &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the borrowing household&apos;s code with --household CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the borrower&apos;s ID number or name with --borrower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved loan %1: %2 yuan to %3, due %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new due date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the loan is extended.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>Microcredit loan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New microcredit loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Borrower:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Rural Credit Cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agricultural Bank of China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal Savings Bank of China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, at most 50000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 20 Congjiang pigs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use of the money:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark rate, subsidised in full (贴息)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest rate, &amp;subsidised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayments, extensions and subsidies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1; repaid %2 yuan, owed %3 yuan; interest subsidy paid %4 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code of the household that borrows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse this entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this entry reversed? It stays in the history, cancelled by a new entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanEventDialog</name>
    <message>
        <source>%1 of household %2: %3 yuan from %4, due %5, owed %6 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 5000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanTableModel</name>
    <message>
        <source>Repaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaid (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest subsidy (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoansPanel</name>
    <message>
        <source>All loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New loan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repayment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest s&amp;ubsidy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the house&amp;hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microcredit loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s) on %1: lent %2 yuan, still owed %3 yuan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The loan was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a loan in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered for the loan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was locked after a time without use. Enter the password of %1 to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the county %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data (演示数据): the accounts admin, county, township, village and auditor each have the password %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fupin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New County File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open County File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Household...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fupin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no county yet. Create it with File &gt; New County File, or with &quot;fupin-cli init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file was upgraded; the old version is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a demo county of %1 households...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Fupin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) had unsaved changes when Fupin last stopped: %1. Restore them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 was deleted; tick &quot;Deleted&quot; to see and restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open County File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County files (*.fupin *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fupin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fupin %1&lt;/h3&gt;&lt;p&gt;The register of poor and monitored households for county poverty-alleviation offices: households, cadres, visits, projects and funds.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the County File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a county file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the County File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file %1 is sound: its structure and the links between its records are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file %1 has these problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This county&apos;s households are invented, for trying Fupin out. Do not enter real households into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ousehold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo data) - Fupin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file is open for reading only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only county file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file %1 is read-only, or its folder is: Fupin cannot save changes in it.

To work in it, copy it to a folder of your own (for example Documents) and open the copy, or remove the read-only mark in the file&apos;s properties. You can also open it only to look things up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch User...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This county opens without a password (one account, no password); the administrator can set one under File &gt; Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped working; %2 is working now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty &amp;Line and Threshold...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Households...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <comment>the window title of a county file open only for reading</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Change the assistance measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assistance measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought by ca&amp;dre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought by &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project &quot;%1&quot;: choose one from the list, or (none).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>member no. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersSection</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;D number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation to head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Political status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;ucation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chooling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months &amp;worked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr&amp;opout reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious-illness insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsistence allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme-poverty support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-welfare job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare-job mo&amp;nths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex and birth date from the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the household? The member is removed when the household is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MicroloanBook</name>
    <message>
        <source>Crop growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livestock breeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of farm products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small trade and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural tourism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handicrafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household that borrows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bank that lends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the amount rule: a microcredit loan is more than 0 and at most %1 yuan; this one is %2 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the term rule: a microcredit loan runs for 1 to %1 months (3 years); this one is %2 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the purpose rule: microcredit is for production only (growing, breeding, processing, small trade, rural tourism or handicrafts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date must be the loan date plus the term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the borrower from the members of the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The borrower %1 is not a member of the household that borrows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the age rule: the borrower&apos;s age is read from the ID number, and the ID number of %1 is not valid. Correct it in the register first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the age rule: the borrower must be %1 to %2 years old on the loan date; %3 is %4 on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repayment is more than 0.00 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the extension (展期).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interest subsidy is more than 0.00 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 does not exist or has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be before the loan date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repayment of %1 yuan is more than the %2 yuan still owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension moves the due date later than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: loan %1 has repayments, so its amount (%2 yuan) and its date (%3) can no longer change. A mistyped repayment is corrected by reversing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan event %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan event %1 is itself a reversal and cannot be reversed; enter the right event anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan event %1 has already been reversed by event %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for reversing loan event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal cannot be dated before the event it reverses (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan event %1 cannot be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan&apos;s repayments cannot be added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount can be at most %1 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 holds amounts out of bounds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>No amount was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount has only one decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commas separate thousands before the decimal point, as in 3,250.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot have spaces between its digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minus sign can only stand before the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be part of an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commas separate thousands, as in 3,250.50; write decimals after a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount can be at most %1 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCountyDialog</name>
    <message>
        <source>New County File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (an empty county)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo households:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County files (*.fupin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the county file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county code has 6 digits, e.g. 522633.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the county&apos;s name, e.g. 从江县.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeButton</name>
    <message>
        <source>&amp;Print Notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a public notice (公示) for the division chosen in the tree (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeCommands</name>
    <message>
        <source>  notice --db FILE --kind funds|projects|benefits --division CODE --out FILE.pdf [--year Y]
         [--posted DATE] [--days N]                 a public notice (公示) as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the notice posts: funds, projects or benefits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the county, township, village or group it is posted for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting date (YYYY-MM-DD); today when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of notice; give --kind funds, projects or benefits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the code of the division the notice is for with --division (see `fupin-cli divisions`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out, a name ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n row(s), posted %3 to %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Days the notice stays posted (at least 10, benefits at least 5); the county&apos;s setting when not given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Print a Public Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another division in the tree on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDocument</name>
    <message>
        <source> (seal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>No output file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a link to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 is a folder; give the name of a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 is the file being read; it would be overwritten. Nothing was written: give another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 belongs to the county file %3 being read; writing it would damage the county. Nothing was written: give another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 is a county file (an SQLite database); it is never overwritten. Nothing was written: give another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 belongs to the county file %3; writing it would damage the county. Nothing was written: give another file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Choose the responsible cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pair %n households with a cadre</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name, phone, unit or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search cadres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed when the cadre goes over the cap of their rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for going over the cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cadre from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Give the password in the environment variable %1 (never as an argument: it would show in the process list), or run the command on a terminal to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once more: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits, spaces, hyphens and brackets are allowed in a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mainland China numbers (+86) are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number has nothing after the country code +86.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number must start with 13 to 19, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the area code %1 a landline number has 7 or 8 digits; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A landline number cannot start with 0 after the area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A landline number has 7 or 8 digits (11 for a mobile); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoFile</name>
    <message>
        <source>The photo %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; a photo file may be at most %3 MB. Choose a smaller photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a photo; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels, too large to open; a photo may have at most %4 million pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be converted to JPEG on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be made small enough to store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewerDialog</name>
    <message>
        <source>The photo cannot be shown: its stored data is not a readable image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PovertyStandards</name>
    <message>
        <source>The poverty lines and thresholds of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poverty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of a %1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poverty line is used up to %1; from %2 households are measured against the monitoring threshold. Set the threshold of %3 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring threshold is used from %1; up to %2 households are measured against the poverty line. Set the line of %3 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of %2 must be more than 0 and at most %3 yuan per person a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of %2 could not be saved in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PovertyStandardsDialog</name>
    <message>
        <source>Poverty Line and Monitoring Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty line (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring threshold (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the province&apos;s notice that published it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 a household&apos;s per-capita net income is measured against the poverty line, from %2 against the monitoring threshold the province sets each year. Figures marked placeholder are guesses shipped with Fupin: replace them with your province&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only county-level accounts change the poverty line and the monitoring threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poverty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty &amp;line (yuan per person a year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring &amp;threshold (yuan per person a year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidence line and rural population...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintCardsDialog</name>
    <message>
        <source>Print Household Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n household(s) selected in the list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every household of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4, one card page a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5, two card pages on an A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no household to print a card for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household cards %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household cards %1 — preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing household cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household cards %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Household Cards as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving household cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no file was written and no card was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n card(s) on %2 page(s), each entered in the print log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Car&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChartPanel</name>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be drawn into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChecks</name>
    <message>
        <source>Choose the division the goal is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of a goal must be between 2000 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timetable cannot plan a negative number of households (month %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal names %1 people for %2 households; each household has at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The months plan %1 household(s) but the year&apos;s goal is %2: make the timetable add up to the goal, or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressGoals</name>
    <message>
        <source>households to lift out of poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring households to clear of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goals of %1 could not be read from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The divisions of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals are set for the county, its townships and villages; division %1 is none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no division with the code %1 in %2 (see `fupin-cli divisions`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals are set for the county, its townships and villages, not for a villager group such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal is for %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set this goal at %2 after you opened it. Reload the goals to see it, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal that was read is no longer in the file. Reload the goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this goal at %2 after you opened it. Reload the goals to see it, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal was saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal of %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressIndicators</name>
    <message>
        <source>The year %1 is not one the register can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division %1 does not exist in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure within a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not visited for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No assistance unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incidence line is 2% or 3% (3% in the west); %1% is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incidence line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division %1 is not a village of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rural population of %1 must be between 1 and %2 people (0 removes it); %3 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rural population of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the whole dashboard on A4 landscape (a preview first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole dashboard as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit and risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits per month, cumulative, against the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures within a month, visits overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty incidence by village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households by main cause (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households by attribute (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households by status (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring households by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring households by risk (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds by source (10,000 yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds by assistance form (10,000 yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects of the year by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <comment>the one character on the progress area&apos;s icon</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a year as written on the dashboard (2019年)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: incidence %3% (%4 poor people of %5), %6 %7 in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households cleared of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households out of poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring households</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (%n household(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Risks cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the month (households)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in month %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Goal: %n household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households in %2; no goal is set for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 households of the goal in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or under %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor at the end of the year in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor people / rural registered people, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) over the line.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>* No rural population is recorded for the village: its registered people are counted instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monitoring households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken into monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure within a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired with a cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To follow up (click for the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the households identified in %2 had a measure within a month. Overdue: no visit in %3 days before %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fund entries in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts are the county&apos;s: they are shown for the whole county only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty alleviation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress %1 %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Timetable: %n household(s) in the year</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectChecks</name>
    <message>
        <source>Give the project a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project is either new or an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the village (or township) where the project is built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the project must be between 2000 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No division in %1 has the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category (project_category code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new or extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the village, township or county where it is built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned start, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit responsible for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is built or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The performance target (绩效目标).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it benefits poor households (带贫机制).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the assistance unit it comes from (0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved project %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status it moves to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the step, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tendering: the procurement method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tendering: the winning bidder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tendering: the contract amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in_progress: the percentage done, 0–100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in_progress: the milestone reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted: the acceptance group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted: the third-party audit result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the status the project moves to with --to, one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is now %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household that benefits (its code); give it once per household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household to take off the list (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n beneficiary household(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDetailsPanel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reversal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 yuan · allocated %2 yuan · disbursed %3 yuan · not yet disbursed %4 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 → %3, by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (whole township)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (whole county)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unti&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required before the project enters the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;ture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where built:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance &amp;unit and form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year and schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Performance target (绩效目标):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit &amp;mechanism (带贫机制):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLibrary</name>
    <message>
        <source>The project &quot;%1&quot; is in the library, so its performance target (绩效目标) cannot be emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is %2: its beneficiaries can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is not in the register, so it cannot benefit from a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 already benefits from this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is not a beneficiary of this project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLifecycle</name>
    <message>
        <source>Project %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 has an unknown status &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is %2: its lifecycle has ended and it cannot change any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is %2 and cannot become %3. From here it can only become: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step cannot be dated in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step cannot be dated before the project&apos;s last step (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has no performance target (绩效目标), so it cannot enter the library. Enter its performance target first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tendering records the procurement method, the winning bidder and the contract amount; enter all three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress cannot go back: %1% was recorded before, and this says %2%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance (验收) records who accepted the project and the result of the third-party audit; enter both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for cancelling the project &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStatusWords</name>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStepDialog</name>
    <message>
        <source>Next step of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurement method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winning bidder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party audit result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All forms of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s): budget %1 yuan, allocated %2 yuan, disbursed %3 yuan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a project in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project moved on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was added to the list as proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiaries were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <comment>the one character on the projects area&apos;s icon</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beneficiaries…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsSection</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects that benefit the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the project on the projects page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicNotices</name>
    <message>
        <source>The households of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <comment>a date on a notice: year, month, day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public notice of %1 stays posted for at least %2 days; %3 days is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public notice of %1 is posted for at most %2 days; %3 days is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no division with the code &quot;%1&quot; in %2; see `fupin-cli divisions`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a year of a notice; give a year between 2000 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Poverty Alleviation and Development Leading Group Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 People&apos;s Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Villagers&apos; Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National poverty-alleviation supervision hotline: 12317</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 </source>
        <comment>the year in a notice&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2poverty-alleviation fund allocations: public notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the poverty-alleviation fund allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2poverty-alleviation projects: public notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the poverty-alleviation projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2household benefits: public notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy benefits received by households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the spirit of openness and transparency, %1 of %2%3 are posted for public notice from %4 to %5 (%6 days). Anyone who objects may report it to %7 or to the supervision phones below during the notice period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund allocations to projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments to households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funds were allocated to projects of %1 or paid to its households in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no projects to post for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits received by households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household of %1 has benefits recorded for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice can be made for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityChecker</name>
    <message>
        <source>(in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data-quality check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the county file %1 for the data-quality check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the county file %1 for the data-quality check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityFindingsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Data Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3 errors, %4 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected &amp;household only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of %1 was cancelled; no findings are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-quality findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityRules</name>
    <message>
        <source>Exactly one head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness cause without an ill member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability cause without a disabled member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education cause without a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsistence-allowance household without a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme-poverty household with a labourer aged 16 to 65</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months worked outside 0 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work place with 0 months worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-capita income not above 0 or above 100,000 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head and spouse of the same sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 50 mu of farmland per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 50 km to the main road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responsible cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre registered as a poor person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person registered twice in the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has no members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member is marked as the head of household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members are marked as the head of household: %2. Only one can be the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 of %2 is wrong: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poverty cause is illness, but no member has a long-term chronic or a serious illness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poverty cause is disability, but no member is recorded as disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poverty cause is education costs, but no member is in school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household is a subsistence-allowance household, but no member is recorded as receiving the subsistence allowance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (aged %2) is recorded as able to work, which does not fit a household under extreme-poverty support. Check the labour status or the household attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded as working %2 months; months worked must be from 0 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded with %2 months in a public-welfare job; it must be from 0 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a work place (%2) but 0 months worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The income record for %1 has no household size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The per-capita net income for %1 is %2 yuan; it must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The per-capita net income for %1 is %2 yuan, more than 100,000 yuan. Check the amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head %1 and the spouse %2 are recorded with the same sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has %1 mu of farmland in %2, %3 mu per person (more than 50 mu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance to the village main road is recorded as %1 km in %2 (more than 50 km).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responsible cadre is currently assigned to the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ID number %2) is registered in this household and is also the assistance cadre %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 is entered twice in this household: for %2 and for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ID number %2) is also registered in household %3 as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responsible cadre %1 is no longer active; pair the household with an active cadre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired with an inactive cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ID number %2) is also registered in a household of %3, outside the divisions you may read; ask the township or county office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankCapsDialog</name>
    <message>
        <source>Households per cadre by rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cadre may hold this many households; more needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCatalogue</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for deletion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Assistance unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned exit year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main poverty cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other cause 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other cause 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military or martyr family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocated household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined a cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by an enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious-illness insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsistence allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme-poverty support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-welfare job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare-job months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare-job wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livestock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forestry and fruit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset dividends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecological compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old-age/disability subsidies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farmland (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irrigated (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned farmland (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fruit forest (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasture (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water surface (mu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radio and TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road distance (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovated in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficult drinking water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe drinking water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanitary toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooking fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compulsory education secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic medical care secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired province or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for going over the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought by cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microcredit loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lending bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of the loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest rate (‰)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre who went along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres who went along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt of funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation of funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurement method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winning bidder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary of a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account&apos;s divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most paired households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>%1 has been deleted. Restore it before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Reopen it to see those changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for deleting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of this record was changed elsewhere or belongs to another record. Reopen the record and make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is never changed or deleted once recorded: record a new entry that reverses it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterYear</name>
    <message>
        <source>A year of the register is a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Households without a responsible cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres over their cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres with a household not visited in N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor villages without a work team of three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;N:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pair selected with a cadre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households not visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of its current team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in the list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pair households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the households to pair first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n households paired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every household here has a responsible cadre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cadre holds more households than their rank&apos;s cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cadre has left a household unvisited for more than %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every poor or monitored village here has a work team of at least three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household here lacks a responsible cadre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <source>Reverse an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 yuan on %4, voucher %5. The entry stays in the ledger; a reversing entry cancels it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>County administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of table %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 has a column %2 that the county schema does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from the one the county schema defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not part of the county schema.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>%1 has more than %2 rows: that is not one county&apos;s roster. Split it into several files (by township, for instance) and import them one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in Excel or WPS, remove the password (File → Info → Protect Workbook), save it and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet this app reads: it is neither an Excel workbook (.xlsx, .xls) nor a text file of comma-separated values (.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a web page (HTML or XML) saved under a spreadsheet&apos;s name, not a workbook. Open it in Excel or WPS and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetWriter</name>
    <message>
        <source>%1 could not be written: the disk is full (or the file is larger than the disk allows). Nothing was left under that name; free some space or choose another disk, and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: there is no permission to write in its folder, or the disk is read-only. Nothing was left under that name; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: its folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (system error %2). Nothing was left under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not end in .%2: give a file name ending in .%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list to write to %1 has no columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would get more than %2 rows, more than a sheet of this kind holds: export a smaller division, or to CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The login or the password is wrong (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has been deactivated; ask the county administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: %1 is locked until %2. Wait, or ask the administrator to set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password %1 times in a row: %2 is locked for %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is another county file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 no longer exists or has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>(the county database in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file %1 is busy: another program (a second Fupin window or fupin-cli) is writing to it and did not finish within %2 seconds. Nothing was changed; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the county file %1 is full. Nothing was changed; free some space on it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file %1 cannot be written: the file or its folder is read-only, or it was opened only for reading. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file %1 is damaged: a part of it could not be read. Nothing was changed. Run the check of the county file (fupin-cli check --db %1, or Help &gt; Check the county file) and restore a backup if it finds problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database, so it could not be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file %1 cannot be opened: the file or its folder is missing or cannot be accessed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the county file %1 failed (a disk or network error). Nothing was changed; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to work on the county file %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value breaks the rule &quot;%1&quot; of the county file %2, so it was refused. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value was refused by the rules of the county file %1 (a duplicate, a missing linked record or a value out of range). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county file %1 could not be read or written (database error %2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsCommands</name>
    <message>
        <source>Year	Poverty line (yuan)	Monitoring threshold (yuan)	Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year the figure is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poverty line of a year up to 2020, in yuan per person a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring threshold of a year from 2021, in yuan per person a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the figure comes from (a province&apos;s notice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the year with --year Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --line YUAN (up to 2020) or --threshold YUAN (from 2021).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poverty line of %1 is now %2 yuan per person a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring threshold of %1 is now %2 yuan per person a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  standards list --db FILE [--json]                 the poverty line and monitoring threshold by year
  standards set --db FILE --year Y --line|--threshold YUAN [--note TEXT] [--json]
                                                    sets a year&apos;s line (to 2020) or threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown standards command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusProcedure</name>
    <message>
        <source>Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start exit notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminate risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be dated %2: it follows &quot;%3&quot;, recorded on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 has been deleted. Restore it before recording &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 was already identified on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is %2; only a household not yet out of poverty can be identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exit can be proposed only for a household not yet out of poverty or returned to poverty; household %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit of household %1 was already proposed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the exit of household %1 before starting its public notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public notice of the exit of household %1 was already started on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit of household %1 has not been proposed. Propose it and post the public notice before recording the exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit of household %1 has not been publicly noticed. Start the notice and record the exit after it has run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The notice period must have passed before an exit is final: the notice of household %1 started on %2 for %n day(s) and ends on %3, so the exit can be recorded from %4 on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only a household out of poverty can return to poverty; household %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is already monitored (%2). Record the elimination of its risk before starting a new monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is not monitored, so there is no risk to eliminate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of &quot;%1&quot; (%2) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public notice cannot start in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice period must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the monitoring category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a monitoring category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one risk type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most %1 risk types; %2 were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a risk type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk type %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be recorded for household %2 yet: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a new household starts as not yet out of poverty (code %2), or as a household never registered as poor (code %3); status %4 is given only by a status step, which keeps its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a new household is not identified yet; the year is set by the step &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a new household has not exited; the exit year is set by the step &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a new household is not monitored yet; the category is set by the step &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is the attribute of a household out of poverty, which a household becomes only through the step &quot;%3&quot;; a new household has the attribute of a poor household (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was not kept, as only a status step sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was not kept, as only a status step sets it; it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 already has the attribute %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is out of poverty, so its attribute is one of a household out of poverty; %2 is a poor household&apos;s, which it takes again only through the step &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is not out of poverty, so its attribute is one of a poor household; %2 is a household&apos;s out of poverty, which it takes only through the step &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an attribute of a registered poor household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is %2: it was never registered as poor, so it has no poverty attribute to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose risk elimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elimination of the risk of household %1 was already proposed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusSection</name>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>from %1, %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the household to record its identification, exit or monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or undo your changes to record a status step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStepDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice &amp;starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;attribute:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the assistance unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assistance unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form of assistance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paired province or city (East-West):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not an enterprise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State-owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why is the unit deleted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin, county, township, village or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township or village codes, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no division with the code %1 in %2; &quot;fupin-cli divisions&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is one of admin, county, township, village, auditor; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which account with --login LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the account %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the divisions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown users command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done or &amp;agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow up on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadres who went:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, number or phone, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cadre &amp;by name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hotos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active cadre named %1; give the name exactly, the cadre&apos;s number or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels, %4 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the cadre who visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double-click shows the photo at full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the saved visit? It is removed now, even if the visit is not saved again; the change history keeps who removed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPhotos</name>
    <message>
        <source>%1 is not a JPEG or PNG photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 KB; a visit photo may be at most %3 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no visit %1 in the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no visit photo %1 in the county.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to Fupin&lt;/h2&gt;&lt;p&gt;No county file is open yet. Create your county&apos;s file, open one you have, or look around in a demo county first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One village per line after its township, e.g.
丙妹镇 大塘村
丙妹镇 岜沙村
or a township, a colon and its villages:
停洞镇：停洞村、胜利村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Townships and villages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create My Count&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen a County File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Demo County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo county&apos;s households, people and ID numbers are invented. It is marked 演示数据 everywhere; do not enter real households into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county code has 6 digits, e.g. 522633.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the county&apos;s name, e.g. 从江县.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the county&apos;s townships and villages, one village per line after its township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the county file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkTeamsPanel</name>
    <message>
        <source>Current teams &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New work team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sending unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the work team first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why does %1 leave the team?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsSheetReader</name>
    <message>
        <source>%1 is an Office file but not an Excel workbook this app reads (perhaps a Word document, or a workbook from before Excel 97). Open it in Excel or WPS and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: it cannot be read as an Excel 97–2003 workbook (.xls). Open it in Excel or WPS and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in Excel or WPS, remove the password, save it and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>%1 is damaged or incomplete (perhaps cut short while it was copied or downloaded): it cannot be read as an Excel workbook. Open it in Excel or WPS and save it again, or copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook (.xlsx): it holds no workbook. An OpenDocument (.ods) or Word file must first be saved as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet number %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Row %1 of %2 has more than %3 characters in the column &quot;%4&quot;, more than an Excel cell holds: export the list to CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fupin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County poverty-alleviation register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this county file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo county (invented data), creating it on first use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
