<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
