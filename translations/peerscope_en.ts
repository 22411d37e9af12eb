<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%1: %n more unreadable record(s)</source>
        <translation>
            <numerusform>%1: %n more unreadable record</numerusform>
            <numerusform>%1: %n more unreadable records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (after %n record(s); those are kept)</source>
        <translation>
            <numerusform>%1: %2 (after %n record; those are kept)</numerusform>
            <numerusform>%1: %2 (after %n records; those are kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the array is cut short or malformed after %n element(s); those before are kept</source>
        <translation>
            <numerusform>%1: the array is cut short or malformed after %n element; those before are kept</numerusform>
            <numerusform>%1: the array is cut short or malformed after %n elements; those before are kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkQueries</name>
    <message numerus="yes">
        <source>%n work(s) no longer in the cache: %1</source>
        <translation>
            <numerusform>%n work no longer in the cache: %1</numerusform>
            <numerusform>%n works no longer in the cache: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message numerus="yes">
        <source>This contradicts %n correction(s) in effect.</source>
        <translation>
            <numerusform>This contradicts %n correction in effect.</numerusform>
            <numerusform>This contradicts %n corrections in effect.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot redo: it contradicts %n correction(s) made since.</source>
        <translation>
            <numerusform>Cannot redo: it contradicts %n correction made since.</numerusform>
            <numerusform>Cannot redo: it contradicts %n corrections made since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared co-author(s): %1</source>
        <translation>
            <numerusform>%n shared co-author: %1</numerusform>
            <numerusform>%n shared co-authors: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared institution(s): %1</source>
        <translation>
            <numerusform>%n shared institution: %1</numerusform>
            <numerusform>%n shared institutions: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared topic(s): %1</source>
        <translation>
            <numerusform>%n shared topic: %1</numerusform>
            <numerusform>%n shared topics: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ORCID %1 on %n work(s)</source>
        <translation>
            <numerusform>ORCID %1 on %n work</numerusform>
            <numerusform>ORCID %1 on %n works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n work(s)</source>
        <translation>
            <numerusform>%1: %n work</numerusform>
            <numerusform>%1: %n works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Possible conflation: %n different ORCIDs on this record&apos;s works (%1)</source>
        <translation>
            <numerusform>Possible conflation: %n different ORCID on this record&apos;s works (%1)</numerusform>
            <numerusform>Possible conflation: %n different ORCIDs on this record&apos;s works (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Possible conflation: affiliations in different countries in the same year, with separate co-authors, in %n year(s)</source>
        <translation>
            <numerusform>Possible conflation: affiliations in different countries in the same year, with separate co-authors, in %n year</numerusform>
            <numerusform>Possible conflation: affiliations in different countries in the same year, with separate co-authors, in %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::AuthorSync</name>
    <message numerus="yes">
        <source>works list: %n call(s)</source>
        <translation>
            <numerusform>works list: %n call</numerusform>
            <numerusform>works list: %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changed works: up to %n call(s)</source>
        <translation>
            <numerusform>changed works: up to %n call</numerusform>
            <numerusform>changed works: up to %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>co-author profiles: about %n call(s)</source>
        <translation>
            <numerusform>co-author profiles: about %n call</numerusform>
            <numerusform>co-author profiles: about %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>co-author profiles: %n call(s)</source>
        <translation>
            <numerusform>co-author profiles: %n call</numerusform>
            <numerusform>co-author profiles: %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>co-authors&apos; works: about %n call(s)</source>
        <translation>
            <numerusform>co-authors&apos; works: about %n call</numerusform>
            <numerusform>co-authors&apos; works: about %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: %n list call(s), %1 (%2 works; %3). Single records are free.</source>
        <translation>
            <numerusform>Estimated cost: %n list call, %1 (%2 works; %3). Single records are free.</numerusform>
            <numerusform>Estimated cost: %n list calls, %1 (%2 works; %3). Single records are free.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 of %3 · %n API call(s), %4</source>
        <translation>
            <numerusform>%1 %2 of %3 · %n API call, %4</numerusform>
            <numerusform>%1 %2 of %3 · %n API calls, %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::CitationSync</name>
    <message numerus="yes">
        <source>references: %n list call(s) for %1 works not cached</source>
        <translation>
            <numerusform>references: %n list call for %1 works not cached</numerusform>
            <numerusform>references: %n list calls for %1 works not cached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) OpenAlex had no record for in the last 30 days not asked again</source>
        <translation>
            <numerusform>%n reference OpenAlex had no record for in the last 30 days not asked again</numerusform>
            <numerusform>%n references OpenAlex had no record for in the last 30 days not asked again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>citing works of %n seed(s): %1 list call(s)</source>
        <translation>
            <numerusform>citing works of %n seed: %1 list call(s)</numerusform>
            <numerusform>citing works of %n seeds: %1 list call(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>citing works of %n seed(s): about %1 list calls (%2 to %3%4)</source>
        <translation>
            <numerusform>citing works of %n seed: about %1 list calls (%2 to %3%4)</numerusform>
            <numerusform>citing works of %n seeds: about %1 list calls (%2 to %3%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list call(s), %1</source>
        <translation>
            <numerusform>%n list call, %1</numerusform>
            <numerusform>%n list calls, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Citations for %n seed work(s): %1 (%2).</source>
        <translation>
            <numerusform>Citations for %n seed work: %1 (%2).</numerusform>
            <numerusform>Citations for %n seed works: %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 of %3 · %n API call(s), %4</source>
        <translation>
            <numerusform>%1 %2 of %3 · %n API call, %4</numerusform>
            <numerusform>%1 %2 of %3 · %n API calls, %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::ExportDialog</name>
    <message numerus="yes">
        <source>All works (%n)</source>
        <translation>
            <numerusform>All works (%n)</numerusform>
            <numerusform>All works (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Works matching the current filter (%n)</source>
        <translation>
            <numerusform>Works matching the current filter (%n)</numerusform>
            <numerusform>Works matching the current filter (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected rows (%n)</source>
        <translation>
            <numerusform>Selected rows (%n)</numerusform>
            <numerusform>Selected rows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s) unchecked in the table are left out.</source>
        <translation>
            <numerusform>%n work unchecked in the table are left out.</numerusform>
            <numerusform>%n works unchecked in the table are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::FollowsDock</name>
    <message numerus="yes">
        <source>&lt;b&gt;What changed&lt;/b&gt; (%n unread)</source>
        <translation>
            <numerusform>&lt;b&gt;What changed&lt;/b&gt; (%n unread)</numerusform>
            <numerusform>&lt;b&gt;What changed&lt;/b&gt; (%n unread)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n new</source>
        <translation>
            <numerusform>%1 — %n new</numerusform>
            <numerusform>%1 — %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: synced %2, older than %n day(s); refresh to update.</source>
        <translation>
            <numerusform>%1: synced %2, older than %n day; refresh to update.</numerusform>
            <numerusform>%1: synced %2, older than %n days; refresh to update.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::ImportController</name>
    <message numerus="yes">
        <source>Importing %1 (file %2 of %3)
%n record(s) stored</source>
        <translation>
            <numerusform>Importing %1 (file %2 of %3)
%n record stored</numerusform>
            <numerusform>Importing %1 (file %2 of %3)
%n records stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): </source>
        <translation>
            <numerusform>Imported %n file: </numerusform>
            <numerusform>Imported %n files: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) without an OpenAlex id skipped.</source>
        <translation>
            <numerusform>%n record without an OpenAlex id skipped.</numerusform>
            <numerusform>%n records without an OpenAlex id skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable record(s) skipped.</source>
        <translation>
            <numerusform>%n unreadable record skipped.</numerusform>
            <numerusform>%n unreadable records skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) held no OpenAlex records (group_by or error answers, empty lists).</source>
        <translation>
            <numerusform>%n file held no OpenAlex records (group_by or error answers, empty lists).</numerusform>
            <numerusform>%n files held no OpenAlex records (group_by or error answers, empty lists).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the cache refused.</source>
        <translation>
            <numerusform>%n record the cache refused.</numerusform>
            <numerusform>%n records the cache refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::LiveUpdates</name>
    <message numerus="yes">
        <source>%1 merged %n record(s) into %2</source>
        <translation>
            <numerusform>%1 merged %n record into %2</numerusform>
            <numerusform>%1 merged %n records into %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::MainWindow</name>
    <message numerus="yes">
        <source>Exporting %n work(s)…</source>
        <translation>
            <numerusform>Exporting %n work…</numerusform>
            <numerusform>Exporting %n works…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n followed researcher(s), one after the other.</source>
        <translation>
            <numerusform>Refreshing %n followed researcher.</numerusform>
            <numerusform>Refreshing %n followed researchers, one after the other.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n work(s) to %1.</source>
        <translation>
            <numerusform>Exported %n work to %1.</numerusform>
            <numerusform>Exported %n works to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cached work(s)</source>
        <translation>
            <numerusform>%1: %n cached work</numerusform>
            <numerusform>%1: %n cached works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This sync is estimated at %n list call(s) (%1), more than you asked to spend without confirming: %2.</source>
        <translation>
            <numerusform>This sync is estimated at %n list call (%1), more than you asked to spend without confirming: %2.</numerusform>
            <numerusform>This sync is estimated at %n list calls (%1), more than you asked to spend without confirming: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Citations fetched: %1 referenced and %2 citing work(s) written, %n list call(s).</source>
        <translation>
            <numerusform>Citations fetched: %1 referenced and %2 citing work(s) written, %n list call.</numerusform>
            <numerusform>Citations fetched: %1 referenced and %2 citing work(s) written, %n list calls.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::NetworkPanel</name>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n author</numerusform>
            <numerusform>%n authors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communities</source>
        <translation>
            <numerusform>%n community</numerusform>
            <numerusform>%n communities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) with huge author lists counted fractionally only.</source>
        <translation>
            <numerusform>%n paper with a huge author list counted fractionally only.</numerusform>
            <numerusform>%n papers with huge author lists counted fractionally only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n work</numerusform>
            <numerusform>%n works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: %n shared work(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: %n shared work</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: %n shared works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roster: %1 of %n author(s) are in this network.</source>
        <translation>
            <numerusform>Roster: %1 of %n author is in this network.</numerusform>
            <numerusform>Roster: %1 of %n authors are in this network.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::ProfilePanel</name>
    <message numerus="yes">
        <source>The %1 closest of %n co-author(s); the Network tab shows them all.</source>
        <translation>
            <numerusform>The %1 closest of %n co-author; the Network tab shows them all.</numerusform>
            <numerusform>The %1 closest of %n co-authors; the Network tab shows them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached work(s)</source>
        <translation>
            <numerusform>%n cached work</numerusform>
            <numerusform>%n cached works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n co-author(s)</source>
        <translation>
            <numerusform>%n co-author</numerusform>
            <numerusform>%n co-authors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n work(s), %2%</source>
        <translation>
            <numerusform>%1 — %n work, %2%</numerusform>
            <numerusform>%1 — %n works, %2%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::PublicationsPanel</name>
    <message numerus="yes">
        <source>Sorting and filtering %n work(s)…</source>
        <translation>
            <numerusform>Sorting and filtering %n work…</numerusform>
            <numerusform>Sorting and filtering %n works…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n work</numerusform>
            <numerusform>%n works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n work(s) match the filters</source>
        <translation>
            <numerusform>%1 of %n work matches the filters</numerusform>
            <numerusform>%1 of %n works match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out of the metrics</source>
        <translation>
            <numerusform>%n left out of the metrics</numerusform>
            <numerusform>%n left out of the metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n citation(s)</source>
        <translation>
            <numerusform>Copied %n citation</numerusform>
            <numerusform>Copied %n citations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::ResearchGraphPanel</name>
    <message numerus="yes">
        <source>Seeds: %n selected work(s)</source>
        <translation>
            <numerusform>Seeds: %n selected work</numerusform>
            <numerusform>Seeds: %n selected works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;What this rests on&lt;/b&gt; (%n seed work(s))</source>
        <translation>
            <numerusform>&lt;b&gt;What this rests on&lt;/b&gt; (%n seed work)</numerusform>
            <numerusform>&lt;b&gt;What this rests on&lt;/b&gt; (%n seed works)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1: %n work(s), no topic data</source>
        <translation>
            <numerusform>Cluster %1: %n work, no topic data</numerusform>
            <numerusform>Cluster %1: %n works, no topic data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1: %2 (%3% of %n work(s))</source>
        <translation>
            <numerusform>Cluster %1: %2 (%3% of %n work)</numerusform>
            <numerusform>Cluster %1: %2 (%3% of %n works)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cached work(s)</source>
        <translation>
            <numerusform>%1: %n cached work</numerusform>
            <numerusform>%1: %n cached works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n work(s) here</source>
        <translation>
            <numerusform>%1 — %n work here</numerusform>
            <numerusform>%1 — %n works here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;: %n work(s) behind this link</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;: %n work behind this link</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;: %n works behind this link</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Path of %n step(s)</source>
        <translation>
            <numerusform>Path of %n step</numerusform>
            <numerusform>Path of %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n work(s)…</source>
        <translation>
            <numerusform>Exporting %n work…</numerusform>
            <numerusform>Exporting %n works…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n citation(s)</source>
        <translation>
            <numerusform>Copied %n citation</numerusform>
            <numerusform>Copied %n citations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::SyncStatusBar</name>
    <message numerus="yes">
        <source>This profile was fetched more than %n day(s) ago. Press F5 to refresh it.</source>
        <translation>
            <numerusform>This profile was fetched more than %n day ago. Press F5 to refresh it.</numerusform>
            <numerusform>This profile was fetched more than %n days ago. Press F5 to refresh it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OpenAlex asked us to slow down: waiting %n second(s) before the next request.</source>
        <translation>
            <numerusform>OpenAlex asked us to slow down: waiting %n second before the next request.</numerusform>
            <numerusform>OpenAlex asked us to slow down: waiting %n seconds before the next request.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is unchanged since the last sync (%n API call(s)).</source>
        <translation>
            <numerusform>%1 is unchanged since the last sync (%n API call).</numerusform>
            <numerusform>%1 is unchanged since the last sync (%n API calls).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync of %1 was cancelled after %n API call(s); what arrived is kept.</source>
        <translation>
            <numerusform>The sync of %1 was cancelled after %n API call; what arrived is kept.</numerusform>
            <numerusform>The sync of %1 was cancelled after %n API calls; what arrived is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::TrustSnapshot</name>
    <message numerus="yes">
        <source>cached works (%n)</source>
        <translation>
            <numerusform>cached works (%n)</numerusform>
            <numerusform>cached works (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared co-author(s)</source>
        <translation>
            <numerusform>%n shared co-author</numerusform>
            <numerusform>%n shared co-authors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared institution(s)</source>
        <translation>
            <numerusform>%n shared institution</numerusform>
            <numerusform>%n shared institutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared topic(s)</source>
        <translation>
            <numerusform>%n shared topic</numerusform>
            <numerusform>%n shared topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Affiliations recorded in %n distinct year(s); 3 or more count</source>
        <translation>
            <numerusform>Affiliations recorded in %n distinct year; 3 or more count</numerusform>
            <numerusform>Affiliations recorded in %n distinct years; 3 or more count</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflation warning(s), see below</source>
        <translation>
            <numerusform>%n conflation warning, see below</numerusform>
            <numerusform>%n conflation warnings, see below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached work(s); 1/5/20/50 give 2/4/7/10</source>
        <translation>
            <numerusform>%n cached work; 1/5/20/50 give 2/4/7/10</numerusform>
            <numerusform>%n cached works; 1/5/20/50 give 2/4/7/10</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct co-author(s); 1/5/15 give 2/4/6</source>
        <translation>
            <numerusform>%n distinct co-author; 1/5/15 give 2/4/6</numerusform>
            <numerusform>%n distinct co-authors; 1/5/15 give 2/4/6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n co-author(s) with 2 or more shared works</source>
        <translation>
            <numerusform>%n co-author with 2 or more shared works</numerusform>
            <numerusform>%n co-authors with 2 or more shared works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n co-author(s) with a cached profile; 3 or more count</source>
        <translation>
            <numerusform>%n co-author with a cached profile; 3 or more count</numerusform>
            <numerusform>%n co-authors with a cached profile; 3 or more count</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::WorkDetailView</name>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::views::NetworkView</name>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n work</numerusform>
            <numerusform>%n works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%n shared work(s), last together %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%n shared work, last together %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%n shared works, last together %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared work(s)</source>
        <translation>
            <numerusform>%n shared work</numerusform>
            <numerusform>%n shared works</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::views::YearCharts</name>
    <message numerus="yes">
        <source>Works published each year, from every cached work (%n work(s) with a known year).</source>
        <translation>
            <numerusform>Works published each year, from every cached work (%n work with a known year).</numerusform>
            <numerusform>Works published each year, from every cached work (%n works with a known year).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n work(s)</source>
        <translation>
            <numerusform>%1: %n work</numerusform>
            <numerusform>%1: %n works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n citation(s) received</source>
        <translation>
            <numerusform>%1: %n citation received</numerusform>
            <numerusform>%1: %n citations received</numerusform>
        </translation>
    </message>
</context>
</TS>
