<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>paylink::Bitrix24Controller</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) saved.</source>
        <translation>
            <numerusform>%n link saved.</numerusform>
            <numerusform>%n links saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed:</source>
        <translation>
            <numerusform>%n failed:</numerusform>
            <numerusform>%n failed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchronised %n payment(s).</source>
        <translation>
            <numerusform>Synchronised %n payment.</numerusform>
            <numerusform>Synchronised %n payments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) marked paid in Bitrix24.</source>
        <translation>
            <numerusform>%n payment marked paid in Bitrix24.</numerusform>
            <numerusform>%n payments marked paid in Bitrix24.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) marked unpaid in Bitrix24.</source>
        <translation>
            <numerusform>%n payment marked unpaid in Bitrix24.</numerusform>
            <numerusform>%n payments marked unpaid in Bitrix24.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) refreshed.</source>
        <translation>
            <numerusform>%n link refreshed.</numerusform>
            <numerusform>%n links refreshed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to the portal</source>
        <translation>
            <numerusform>%n request to the portal</numerusform>
            <numerusform>%n requests to the portal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::BulkPaymentWriter</name>
    <message numerus="yes">
        <source>Another program kept the database busy for %n second(s); nothing was imported. Try again when it is done.</source>
        <translation>
            <numerusform>Another program kept the database busy for %n second; nothing was imported. Try again when it is done.</numerusform>
            <numerusform>Another program kept the database busy for %n seconds; nothing was imported. Try again when it is done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::ImportWizard</name>
    <message numerus="yes">
        <source>%n row(s) and %1 column(s) read.</source>
        <translation>
            <numerusform>%n row and %1 column read.</numerusform>
            <numerusform>%n rows and %1 columns read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported.</source>
        <translation>
            <numerusform>%n row will be imported.</numerusform>
            <numerusform>%n rows will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n row rejected.</numerusform>
            <numerusform>%n rows rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::JobProgress</name>
    <message numerus="yes">
        <source>(about %n second(s) left)</source>
        <translation>
            <numerusform>(about %n second left)</numerusform>
            <numerusform>(about %n seconds left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::MainWindow</name>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n payment(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Deleted %n payment. Undo with Ctrl+Z.</numerusform>
            <numerusform>Deleted %n payments. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payment(s) to %1.</source>
        <translation>
            <numerusform>Exported %n payment to %1.</numerusform>
            <numerusform>Exported %n payments to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n invoice(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n invoice to %1.</numerusform>
            <numerusform>Wrote %n invoices to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkController</name>
    <message numerus="yes">
        <source>Imported %n link(s).</source>
        <translation>
            <numerusform>Imported %n link.</numerusform>
            <numerusform>Imported %n links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected and left out.</source>
        <translation>
            <numerusform>%n row rejected and left out.</numerusform>
            <numerusform>%n rows rejected and left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the import of “%1”: %n payment(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the import of “%1”: %n payment? This cannot be undone.</numerusform>
            <numerusform>Delete the import of “%1”: %n payments? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the import: %n payment(s).</source>
        <translation>
            <numerusform>Deleted the import: %n payment.</numerusform>
            <numerusform>Deleted the import: %n payments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n link(s) to %1.</source>
        <translation>
            <numerusform>Exported %n link to %1.</numerusform>
            <numerusform>Exported %n links to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkImport</name>
    <message numerus="yes">
        <source>the row has %n field(s), but the header has %1: look for a missing or extra “%2” or quote.</source>
        <translation>
            <numerusform>the row has %n field, but the header has %1: look for a missing or extra “%2” or quote.</numerusform>
            <numerusform>the row has %n fields, but the header has %1: look for a missing or extra “%2” or quote.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::PaymentCommands</name>
    <message numerus="yes">
        <source>Delete %n payment(s)</source>
        <translation>
            <numerusform>Delete %n payment</numerusform>
            <numerusform>Delete %n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n payment(s) paid</source>
        <translation>
            <numerusform>Mark %n payment paid</numerusform>
            <numerusform>Mark %n payments paid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n payment(s) unpaid</source>
        <translation>
            <numerusform>Mark %n payment unpaid</numerusform>
            <numerusform>Mark %n payments unpaid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %1 (%n payment(s))</source>
        <translation>
            <numerusform>Import of %1 (%n payment)</numerusform>
            <numerusform>Import of %1 (%n payments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::PaymentExport</name>
    <message numerus="yes">
        <source>The links of %n payment(s) break the link rule (for example a javascript: address or a hidden user name) and were left out; the payment list shows why.</source>
        <translation>
            <numerusform>The link of %n payment breaks the link rule (for example a javascript: address or a hidden user name) and was left out; the payment list shows why.</numerusform>
            <numerusform>The links of %n payments break the link rule (for example a javascript: address or a hidden user name) and were left out; the payment list shows why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::PaymentStore</name>
    <message numerus="yes">
        <source>%n payment(s) of this import changed since it was made (here or elsewhere), so it was not undone; nothing was changed. Use “Delete import…” to remove it anyway.</source>
        <translation>
            <numerusform>%n payment of this import changed since it was made (here or elsewhere), so it was not undone; nothing was changed. Use “Delete import…” to remove it anyway.</numerusform>
            <numerusform>%n payments of this import changed since it was made (here or elsewhere), so it was not undone; nothing was changed. Use “Delete import…” to remove it anyway.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::PortalDialog</name>
    <message numerus="yes">
        <source>%n saved certificate(s); choose a file to replace</source>
        <translation>
            <numerusform>%n saved certificate; choose a file to replace</numerusform>
            <numerusform>%n saved certificates; choose a file to replace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::cli::Bitrix24SyncCommand</name>
    <message numerus="yes">
        <source>Synchronised %n payment(s).</source>
        <translation>
            <numerusform>Synchronised %n payment.</numerusform>
            <numerusform>Synchronised %n payments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::cli::ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n payment(s) to %1.</source>
        <translation>
            <numerusform>Exported %n payment to %1.</numerusform>
            <numerusform>Exported %n payments to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::cli::InvoicesCommand</name>
    <message numerus="yes">
        <source>Wrote %n invoice(s) to %1</source>
        <translation>
            <numerusform>Wrote %n invoice to %1</numerusform>
            <numerusform>Wrote %n invoices to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s)).</source>
        <translation>
            <numerusform>(%n page).</numerusform>
            <numerusform>(%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::cli::MarkPaidCommand</name>
    <message numerus="yes">
        <source>Marked %n payment(s) paid.</source>
        <translation>
            <numerusform>Marked %n payment paid.</numerusform>
            <numerusform>Marked %n payments paid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n payment(s) unpaid.</source>
        <translation>
            <numerusform>Marked %n payment unpaid.</numerusform>
            <numerusform>Marked %n payments unpaid.</numerusform>
        </translation>
    </message>
</context>
</TS>
