<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Print QR invoices</source>
        <translation>QR-Rechnungen drucken</translation>
    </message>
    <message>
        <source>Invoices for</source>
        <translation>Rechnungen für</translation>
    </message>
    <message>
        <source>the &amp;selected payments</source>
        <translation>die aus&amp;gewählten Zahlungen</translation>
    </message>
    <message>
        <source>every payment in the current &amp;view</source>
        <translation>alle Zahlungen der aktuellen &amp;Ansicht</translation>
    </message>
    <message>
        <source>Invoices a &amp;page:</source>
        <translation>Rechnungen pro &amp;Seite:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Order reference:</source>
        <translation>&amp;Bestellreferenz:</translation>
    </message>
    <message>
        <source>e.g. INV-2026-0017</source>
        <translation>z. B. INV-2026-0017</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Bet&amp;rag:</translation>
    </message>
    <message>
        <source>e.g. 28.50</source>
        <translation>z. B. 28,50</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>e.g. nl-NL</source>
        <translation>z. B. nl-NL</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>&amp;Ablaufdatum:</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>S&amp;hort link:</source>
        <translation>Kur&amp;zlink:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Merchant name:</source>
        <translation>&amp;Händlername:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>PNG or SVG file for invoices (optional)</source>
        <translation>PNG- oder SVG-Datei für Rechnungen (optional)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Paylink Desk starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Paylink Desk wirksam.</translation>
    </message>
    <message>
        <source>&amp;QR codes</source>
        <translation>&amp;QR-Codes</translation>
    </message>
    <message>
        <source>&amp;Error correction:</source>
        <translation>&amp;Fehlerkorrektur:</translation>
    </message>
    <message>
        <source>Printed &amp;size:</source>
        <translation>Druck&amp;größe:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;Quiet zone:</source>
        <translation>&amp;Ruhezone:</translation>
    </message>
    <message>
        <source> modules</source>
        <translation> Module</translation>
    </message>
    <message>
        <source>&amp;Foreground:</source>
        <translation>&amp;Vordergrund:</translation>
    </message>
    <message>
        <source>Bac&amp;kground:</source>
        <translation>&amp;Hintergrund:</translation>
    </message>
    <message>
        <source>&amp;Bitrix24 and network</source>
        <translation>&amp;Bitrix24 und Netzwerk</translation>
    </message>
    <message>
        <source>Bitrix24 &amp;plan:</source>
        <translation>Bitrix24-&amp;Tarif:</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CAs:</source>
        <translation>Zusätzliche vertrauenswürdige &amp;CAs:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>For on-premise portals signed by a private certificate authority. Certificate checks are never switched off.</source>
        <translation>Für On-Premise-Portale, die von einer privaten Zertifizierungsstelle signiert sind. Die Zertifikatsprüfung wird nie abgeschaltet.</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Show the text</source>
        <translation>Text anzeigen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Save exactly as typed?</source>
        <translation>Genau wie eingegeben speichern?</translation>
    </message>
    <message>
        <source>Save as Typed</source>
        <translation>Wie eingegeben speichern</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Payment links and QR invoices.</source>
        <translation>Zahlungslinks und QR-Rechnungen.</translation>
    </message>
    <message>
        <source>The payments database (default: %1).</source>
        <translation>Die Zahlungsdatenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Paylink Desk</source>
        <translation>Paylink Desk</translation>
    </message>
</context>
<context>
    <name>paylink::Bitrix24Client</name>
    <message>
        <source>The portal address</source>
        <translation>Die Portaladresse</translation>
    </message>
    <message>
        <source>%1 is not a web address; copy it from the browser, e.g. https://yourcompany.bitrix24.com.</source>
        <translation>%1 ist keine Webadresse; kopieren Sie sie aus dem Browser, z. B. https://yourcompany.bitrix24.com.</translation>
    </message>
    <message>
        <source>%1 starts with http://: Paylink Desk talks to Bitrix24 over HTTPS only. Use the https:// address.</source>
        <translation>%1 beginnt mit http://: Paylink Desk kommuniziert mit Bitrix24 nur über HTTPS. Verwenden Sie die https://-Adresse.</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The webhook URL</source>
        <translation>Die Webhook-URL</translation>
    </message>
    <message>
        <source>The webhook URL does not look like https://yourcompany.bitrix24.com/rest/1/abc123/: copy the whole “Webhook to call REST API” from the Bitrix24 webhook page.</source>
        <translation>Die Webhook-URL sieht nicht aus wie https://yourcompany.bitrix24.com/rest/1/abc123/: Kopieren Sie den gesamten „Webhook to call REST API“ von der Webhook-Seite in Bitrix24.</translation>
    </message>
    <message>
        <source>keeping to the portal&apos;s request rate</source>
        <translation>Anfragerate des Portals wird eingehalten</translation>
    </message>
    <message>
        <source>Bitrix24 asked to slow down</source>
        <translation>Bitrix24 hat um langsamere Anfragen gebeten</translation>
    </message>
    <message>
        <source>Bitrix24 paused this method until its time limit resets</source>
        <translation>Bitrix24 hat diese Methode pausiert, bis ihr Zeitlimit zurückgesetzt wird</translation>
    </message>
    <message>
        <source>Bitrix24 did not answer properly</source>
        <translation>Bitrix24 hat nicht korrekt geantwortet</translation>
    </message>
</context>
<context>
    <name>paylink::Bitrix24Controller</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Portals…</source>
        <translation>&amp;Portale…</translation>
    </message>
    <message>
        <source>&amp;Get Bitrix24 links…</source>
        <translation>Bitrix24-Links &amp;abrufen…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Fetch the public links of Bitrix24 payments: one id, a list or a range.</source>
        <translation>Die öffentlichen Links von Bitrix24-Zahlungen abrufen: eine ID, eine Liste oder ein Bereich.</translation>
    </message>
    <message>
        <source>&amp;Sync payments of a deal or invoice…</source>
        <translation>Zahlungen eines Auftrags oder einer Rechnung &amp;synchronisieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Mark paid in &amp;Bitrix24</source>
        <translation>In &amp;Bitrix24 als bezahlt markieren</translation>
    </message>
    <message>
        <source>Mark unpaid in B&amp;itrix24</source>
        <translation>In B&amp;itrix24 als unbezahlt markieren</translation>
    </message>
    <message>
        <source>Re&amp;fresh Bitrix24 link</source>
        <translation>Bitrix24-Link ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Only for Bitrix24 payments fetched through a saved portal.</source>
        <translation>Nur für Bitrix24-Zahlungen, die über ein gespeichertes Portal abgerufen wurden.</translation>
    </message>
    <message>
        <source>Remove the portal “%1” and its secrets from the keychain? Its payments stay.</source>
        <translation>Das Portal „%1“ und seine Zugangsdaten aus dem Schlüsselbund entfernen? Seine Zahlungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Bitrix24 portals</source>
        <translation>Bitrix24-Portale</translation>
    </message>
    <message>
        <source>The portal&apos;s new tokens could not be saved: %1</source>
        <translation>Die neuen Tokens des Portals konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The portal “%1” has moved to an address that is not https; nothing was sent there.</source>
        <translation>Das Portal „%1“ ist auf eine Adresse ohne HTTPS umgezogen; es wurde nichts dorthin gesendet.</translation>
    </message>
    <message>
        <source>Portal moved</source>
        <translation>Portal umgezogen</translation>
    </message>
    <message>
        <source>The portal “%1” answers from %2 now. Nothing was sent there. Update the saved address?</source>
        <translation>Das Portal „%1“ antwortet jetzt von %2. Es wurde nichts dorthin gesendet. Die gespeicherte Adresse aktualisieren?</translation>
    </message>
    <message>
        <source>The portal “%1” now uses %2.</source>
        <translation>Das Portal „%1“ verwendet jetzt %2.</translation>
    </message>
    <message>
        <source>The portal&apos;s secrets are missing.</source>
        <translation>Die Zugangsdaten des Portals fehlen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Get Bitrix24 links</source>
        <translation>Bitrix24-Links abrufen</translation>
    </message>
    <message>
        <source>No Bitrix24 portal is saved yet. Add one now?</source>
        <translation>Es ist noch kein Bitrix24-Portal gespeichert. Jetzt eines hinzufügen?</translation>
    </message>
    <message>
        <source>1063, or 1063,1064, or 1000-1099</source>
        <translation>1063 oder 1063,1064 oder 1000-1099</translation>
    </message>
    <message>
        <source>&amp;Get links</source>
        <translation>Links &amp;abrufen</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>Payment &amp;ids:</source>
        <translation>Zahlungs-&amp;IDs:</translation>
    </message>
    <message>
        <source>Payment ids: %1</source>
        <translation>Zahlungs-IDs: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n Zahlung</numerusform>
            <numerusform>%n Zahlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to the portal</source>
        <translation>
            <numerusform>%n Anfrage an das Portal</numerusform>
            <numerusform>%n Anfragen an das Portal</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the portal…</source>
        <translation>Portal wird abgefragt…</translation>
    </message>
    <message>
        <source>%1 of %2 links · %3</source>
        <translation>%1 von %2 Links · %3</translation>
    </message>
    <message>
        <source>%1 of %2 links</source>
        <translation>%1 von %2 Links</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) saved.</source>
        <translation>
            <numerusform>%n Link gespeichert.</numerusform>
            <numerusform>%n Links gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the rest was not asked for.</source>
        <translation>Abgebrochen: Der Rest wurde nicht abgefragt.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed:</source>
        <translation>
            <numerusform>%n fehlgeschlagen:</numerusform>
            <numerusform>%n fehlgeschlagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>No Bitrix24 portal is saved yet: add one under Bitrix24 ▸ Portals.</source>
        <translation>Es ist noch kein Bitrix24-Portal gespeichert: Fügen Sie eines unter Bitrix24 ▸ Portale hinzu.</translation>
    </message>
    <message>
        <source>Sync Bitrix24 payments</source>
        <translation>Bitrix24-Zahlungen synchronisieren</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Of a:</source>
        <translation>&amp;Objekttyp:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message numerus="yes">
        <source>Synchronised %n payment(s).</source>
        <translation>
            <numerusform>%n Zahlung synchronisiert.</numerusform>
            <numerusform>%n Zahlungen synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a payment of a saved Bitrix24 portal</source>
        <translation>%1: keine Zahlung eines gespeicherten Bitrix24-Portals</translation>
    </message>
    <message>
        <source>%1: Bitrix24 did not confirm the change.</source>
        <translation>%1: Bitrix24 hat die Änderung nicht bestätigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) marked paid in Bitrix24.</source>
        <translation>
            <numerusform>%n Zahlung in Bitrix24 als bezahlt markiert.</numerusform>
            <numerusform>%n Zahlungen in Bitrix24 als bezahlt markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) marked unpaid in Bitrix24.</source>
        <translation>
            <numerusform>%n Zahlung in Bitrix24 als unbezahlt markiert.</numerusform>
            <numerusform>%n Zahlungen in Bitrix24 als unbezahlt markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) refreshed.</source>
        <translation>
            <numerusform>%n Link aktualisiert.</numerusform>
            <numerusform>%n Links aktualisiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::Bitrix24Error</name>
    <message>
        <source>Bitrix24 has no payment with this id: check the id in the deal or invoice.</source>
        <translation>Bitrix24 hat keine Zahlung mit dieser ID: Prüfen Sie die ID im Auftrag oder in der Rechnung.</translation>
    </message>
    <message>
        <source>Bitrix24 says a required value is missing or has the wrong type (the payment id must be a whole number).</source>
        <translation>Bitrix24 meldet, dass ein erforderlicher Wert fehlt oder den falschen Typ hat (die Zahlungs-ID muss eine ganze Zahl sein).</translation>
    </message>
    <message>
        <source>Bitrix24 kept refusing requests because too many were sent; wait a minute and try again.</source>
        <translation>Bitrix24 hat Anfragen wiederholt abgelehnt, weil zu viele gesendet wurden; warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Bitrix24 has paused this method for this webhook or app for up to ten minutes because it used too much time; try again later.</source>
        <translation>Bitrix24 hat diese Methode für diesen Webhook oder diese App für bis zu zehn Minuten pausiert, weil sie zu viel Zeit beansprucht hat; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Bitrix24 support has blocked the REST API of this portal because of overload. Contact Bitrix24 support; retrying does not help.</source>
        <translation>Der Bitrix24-Support hat die REST-API dieses Portals wegen Überlastung gesperrt. Wenden Sie sich an den Bitrix24-Support; erneute Versuche helfen nicht.</translation>
    </message>
    <message>
        <source>The Bitrix24 access token is no longer valid and could not be renewed; connect the portal again.</source>
        <translation>Das Bitrix24-Access-Token ist nicht mehr gültig und konnte nicht erneuert werden; verbinden Sie das Portal erneut.</translation>
    </message>
    <message>
        <source>Bitrix24 did not accept the webhook or token: check the webhook URL in the portal settings (it may have been deleted or regenerated).</source>
        <translation>Bitrix24 hat den Webhook oder das Token nicht akzeptiert: Prüfen Sie die Webhook-URL in den Portaleinstellungen (der Webhook wurde eventuell gelöscht oder neu erzeugt).</translation>
    </message>
    <message>
        <source>The webhook or app lacks a permission: give it the “salescenter” and “crm” scopes in Bitrix24, then try again.</source>
        <translation>Dem Webhook oder der App fehlt eine Berechtigung: Erteilen Sie in Bitrix24 die Bereiche „salescenter“ und „crm“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Bitrix24 user of this webhook or app may not do this: check that user&apos;s rights in Bitrix24.</source>
        <translation>Der Bitrix24-Benutzer dieses Webhooks oder dieser App darf das nicht: Prüfen Sie die Rechte dieses Benutzers in Bitrix24.</translation>
    </message>
    <message>
        <source>This Bitrix24 plan has no REST API; it is available on commercial plans.</source>
        <translation>Dieser Bitrix24-Tarif hat keine REST-API; sie ist in den kostenpflichtigen Tarifen verfügbar.</translation>
    </message>
    <message>
        <source>This Bitrix24 portal does not know the method; its version may be too old or the Sales Center may be off.</source>
        <translation>Dieses Bitrix24-Portal kennt die Methode nicht; eventuell ist seine Version zu alt oder das Sales Center ist deaktiviert.</translation>
    </message>
    <message>
        <source>Bitrix24 requires HTTPS: use an https:// address for the portal.</source>
        <translation>Bitrix24 erfordert HTTPS: Verwenden Sie eine https://-Adresse für das Portal.</translation>
    </message>
    <message>
        <source>Bitrix24 does not allow this method inside a batch.</source>
        <translation>Bitrix24 erlaubt diese Methode nicht innerhalb eines Batches.</translation>
    </message>
    <message>
        <source>Bitrix24 refused a batch of more than 50 commands.</source>
        <translation>Bitrix24 hat einen Batch mit mehr als 50 Befehlen abgelehnt.</translation>
    </message>
    <message>
        <source>The Bitrix24 portal had an internal error; try again in a few minutes.</source>
        <translation>Im Bitrix24-Portal ist ein interner Fehler aufgetreten; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>This Bitrix24 portal was deleted or closed.</source>
        <translation>Dieses Bitrix24-Portal wurde gelöscht oder geschlossen.</translation>
    </message>
    <message>
        <source>The Bitrix24 portal has moved to %1. Check the new address and update the portal; nothing was sent to it.</source>
        <translation>Das Bitrix24-Portal ist nach %1 umgezogen. Prüfen Sie die neue Adresse und aktualisieren Sie das Portal; es wurde nichts dorthin gesendet.</translation>
    </message>
    <message>
        <source>Bitrix24 could not be reached: check the internet connection and the portal address.</source>
        <translation>Bitrix24 ist nicht erreichbar: Prüfen Sie die Internetverbindung und die Portaladresse.</translation>
    </message>
    <message>
        <source>The secure connection to Bitrix24 failed: the portal&apos;s certificate is not trusted. For a portal with its own certificate authority, add that CA certificate to the portal.</source>
        <translation>Die sichere Verbindung zu Bitrix24 ist fehlgeschlagen: Dem Zertifikat des Portals wird nicht vertraut. Fügen Sie bei einem Portal mit eigener Zertifizierungsstelle deren CA-Zertifikat zum Portal hinzu.</translation>
    </message>
    <message>
        <source>Bitrix24 did not answer in time; try again.</source>
        <translation>Bitrix24 hat nicht rechtzeitig geantwortet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Bitrix24 answered with something that is not a valid reply; try again later.</source>
        <translation>Bitrix24 hat etwas zurückgegeben, das keine gültige Antwort ist; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The Bitrix24 authorisation has expired or was revoked; connect the portal again to get new tokens.</source>
        <translation>Die Bitrix24-Autorisierung ist abgelaufen oder wurde widerrufen; verbinden Sie das Portal erneut, um neue Tokens zu erhalten.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Bitrix24 reported an error (%1).</source>
        <translation>Bitrix24 hat einen Fehler gemeldet (%1).</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>kein Code</translation>
    </message>
    <message>
        <source>The time allowed for talking to Bitrix24 (%1 s) ran out before it answered; try again later, or allow longer (paylink: --deadline).</source>
        <translation>Die für die Kommunikation mit Bitrix24 erlaubte Zeit (%1 s) ist abgelaufen, bevor eine Antwort kam; versuchen Sie es später erneut oder erlauben Sie mehr Zeit (paylink: --deadline).</translation>
    </message>
    <message>
        <source>Bitrix24 sent a payment link that Paylink Desk does not pass on: %1</source>
        <translation>Bitrix24 hat einen Zahlungslink gesendet, den Paylink Desk nicht weitergibt: %1</translation>
    </message>
</context>
<context>
    <name>paylink::Bitrix24Payments</name>
    <message>
        <source>“%1” is not an id or a range such as 1000-1099.</source>
        <translation>„%1“ ist keine ID und kein Bereich wie 1000-1099.</translation>
    </message>
    <message>
        <source>at most 10,000 ids at a time.</source>
        <translation>höchstens 10.000 IDs auf einmal.</translation>
    </message>
    <message>
        <source>give at least one id.</source>
        <translation>geben Sie mindestens eine ID an.</translation>
    </message>
</context>
<context>
    <name>paylink::Bitrix24Portals</name>
    <message>
        <source>Portal “%1”: %2</source>
        <translation>Portal „%1“: %2</translation>
    </message>
    <message>
        <source>its kind “%1” is neither webhook nor oauth.</source>
        <translation>seine Art „%1“ ist weder webhook noch oauth.</translation>
    </message>
    <message>
        <source>a saved CA certificate is not PEM.</source>
        <translation>ein gespeichertes CA-Zertifikat ist nicht im PEM-Format.</translation>
    </message>
    <message>
        <source>%1 (OAuth)</source>
        <translation>%1 (OAuth)</translation>
    </message>
    <message>
        <source>%1 (webhook)</source>
        <translation>%1 (Webhook)</translation>
    </message>
    <message>
        <source>Bitrix24 portal %1 no longer exists.</source>
        <translation>Das Bitrix24-Portal %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no Bitrix24 portal named “%1”; add one first (paylink profile add bitrix24 NAME --webhook-file FILE).</source>
        <translation>Es gibt kein Bitrix24-Portal namens „%1“; fügen Sie zuerst eines hinzu (paylink profile add bitrix24 NAME --webhook-file DATEI).</translation>
    </message>
    <message>
        <source>There is no Bitrix24 portal named “%1”; the portals are: %2.</source>
        <translation>Es gibt kein Bitrix24-Portal namens „%1“; vorhandene Portale: %2.</translation>
    </message>
    <message>
        <source>Name: give the portal a name.</source>
        <translation>Name: Geben Sie dem Portal einen Namen.</translation>
    </message>
    <message>
        <source>The OAuth server address</source>
        <translation>Die Adresse des OAuth-Servers</translation>
    </message>
    <message>
        <source>OAuth: the access token is missing.</source>
        <translation>OAuth: Das Access-Token fehlt.</translation>
    </message>
    <message>
        <source>OAuth: refreshing needs the application&apos;s client id and client secret as well.</source>
        <translation>OAuth: Zum Aktualisieren werden auch die Client-ID und das Client-Secret der Anwendung benötigt.</translation>
    </message>
    <message>
        <source>The portal was not added: %1</source>
        <translation>Das Portal wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>The portal “%1” was kept: %2</source>
        <translation>Das Portal „%1“ wurde beibehalten: %2</translation>
    </message>
    <message>
        <source>The portal “%1” was removed, but its secrets may still be in the keychain: %2</source>
        <translation>Das Portal „%1“ wurde entfernt, seine Zugangsdaten sind aber eventuell noch im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>add the portal again (paylink profile remove, then profile add).</source>
        <translation>fügen Sie das Portal erneut hinzu (paylink profile remove, dann profile add).</translation>
    </message>
    <message>
        <source>The webhook of portal “%1” is not in the keychain: %2</source>
        <translation>Der Webhook des Portals „%1“ ist nicht im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>The access token of portal “%1” is not in the keychain: %2</source>
        <translation>Das Access-Token des Portals „%1“ ist nicht im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>a saved link host: %1</source>
        <translation>ein gespeicherter Link-Host: %1</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose the CA certificate file (PEM) in it.</source>
        <translation>„%1“ ist ein Ordner; wählen Sie die CA-Zertifikatsdatei (PEM) darin aus.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a CA certificate.</source>
        <translation>„%1“ ist zu groß für ein CA-Zertifikat.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate.</source>
        <translation>„%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>paylink::BulkPaymentWriter</name>
    <message>
        <source>Bulk import needs the SQLite database.</source>
        <translation>Der Massenimport benötigt die SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The import could not start; nothing was written.</source>
        <translation>Der Import konnte nicht gestartet werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The import has not started.</source>
        <translation>Der Import wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>The import stopped at payment %1; nothing was written.</source>
        <translation>Der Import wurde bei Zahlung %1 angehalten; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The import could not be completed; nothing was written.</source>
        <translation>Der Import konnte nicht abgeschlossen werden; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Another program kept the database busy for %n second(s); nothing was imported. Try again when it is done.</source>
        <translation>
            <numerusform>Ein anderes Programm hat die Datenbank %n Sekunde lang belegt; es wurde nichts importiert. Versuchen Sie es erneut, wenn es fertig ist.</numerusform>
            <numerusform>Ein anderes Programm hat die Datenbank %n Sekunden lang belegt; es wurde nichts importiert. Versuchen Sie es erneut, wenn es fertig ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::CsvReader</name>
    <message>
        <source>row %1: not valid UTF-8 text; save the file as UTF-8.</source>
        <translation>Zeile %1: kein gültiger UTF-8-Text; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>row %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen (ein &quot; fehlt).</translation>
    </message>
    <message>
        <source>row %1, column %2: text follows a closing quote; write a quote inside a quoted field as &quot;&quot;.</source>
        <translation>Zeile %1, Spalte %2: Auf ein schließendes Anführungszeichen folgt Text; schreiben Sie ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen als &quot;&quot;.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>“%1” cannot separate fields; use a comma, a semicolon or a tab.</source>
        <translation>„%1“ kann keine Felder trennen; verwenden Sie ein Komma, ein Semikolon oder einen Tabulator.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened: %2.</source>
        <translation>Die Datei „%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2.</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>row %1, column %2: a field is longer than %3 characters, so reading stopped there. A quote may be missing, or the file is not a table of payments.</source>
        <translation>Zeile %1, Spalte %2: Ein Feld ist länger als %3 Zeichen, daher wurde das Lesen dort abgebrochen. Eventuell fehlt ein Anführungszeichen, oder die Datei ist keine Tabelle mit Zahlungen.</translation>
    </message>
    <message>
        <source>The file “%1” has a field of more than %2 characters.</source>
        <translation>Die Datei „%1“ enthält ein Feld mit mehr als %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>paylink::CsvWriter</name>
    <message>
        <source>The file “%1” cannot be written: %2.</source>
        <translation>Die Datei „%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>Die Datei wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The file “%1” could not be written (%2); it was left as it was.</source>
        <translation>Die Datei „%1“ konnte nicht geschrieben werden (%2); sie blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>paylink::Database</name>
    <message>
        <source>The database could not be prepared.</source>
        <translation>Die Datenbank konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>%1 The database file “%2” is damaged; nothing was changed. Restore it from a backup (in Paylink Desk: File ▸ Restore database…).</source>
        <translation>%1 Die Datenbankdatei „%2“ ist beschädigt; es wurde nichts geändert. Stellen Sie sie aus einer Sicherung wieder her (in Paylink Desk: Datei ▸ Datenbank wiederherstellen…).</translation>
    </message>
    <message>
        <source>%1 The disk is full: free some space and try again; nothing was changed.</source>
        <translation>%1 Der Datenträger ist voll: Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 Another program is writing to the database; try again in a moment.</source>
        <translation>%1 Ein anderes Programm schreibt gerade in die Datenbank; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 The database file “%2” is read-only.</source>
        <translation>%1 Die Datenbankdatei „%2“ ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 The database file “%2” could not be read or written (a disk or network drive error).</source>
        <translation>%1 Die Datenbankdatei „%2“ konnte nicht gelesen oder geschrieben werden (ein Fehler des Datenträgers oder Netzlaufwerks).</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>Die Datenbank konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>The database path “%1” is a folder. Give the path of a file, e.g. “%1/payments.sqlite”.</source>
        <translation>Der Datenbankpfad „%1“ ist ein Ordner. Geben Sie den Pfad einer Datei an, z. B. „%1/payments.sqlite“.</translation>
    </message>
    <message>
        <source>The database path “%1” is not a regular file.</source>
        <translation>Der Datenbankpfad „%1“ ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The file “%1” is not a Paylink Desk database (it is not an SQLite file). It was left untouched; choose another file.</source>
        <translation>Die Datei „%1“ ist keine Paylink-Desk-Datenbank (sie ist keine SQLite-Datei). Sie blieb unverändert; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The database file “%1” is read-only. Check its permissions.</source>
        <translation>Die Datenbankdatei „%1“ ist schreibgeschützt. Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>Die Datenbankdatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The folder “%1” for the database cannot be created. Check the path and its permissions.</source>
        <translation>Der Ordner „%1“ für die Datenbank kann nicht angelegt werden. Prüfen Sie den Pfad und seine Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be created: its folder is not writable. Check the path and its permissions.</source>
        <translation>Die Datenbankdatei „%1“ kann nicht angelegt werden: Ihr Ordner ist nicht beschreibbar. Prüfen Sie den Pfad und seine Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be created: %2.</source>
        <translation>Die Datenbankdatei „%1“ kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing; install the package libqt6sql6-sqlite.</source>
        <translation>Der SQLite-Treiber von Qt fehlt; installieren Sie das Paket libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened.</source>
        <translation>Die Datenbankdatei „%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged or not a Paylink Desk database. It was left untouched; restore a backup or choose another file.</source>
        <translation>Die Datei „%1“ ist beschädigt oder keine Paylink-Desk-Datenbank. Sie blieb unverändert; stellen Sie eine Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot use write-ahead logging. Is it on a network drive? Move it to a local disk.</source>
        <translation>Die Datenbankdatei „%1“ kann kein Write-Ahead-Logging verwenden. Liegt sie auf einem Netzlaufwerk? Verschieben Sie sie auf einen lokalen Datenträger.</translation>
    </message>
    <message>
        <source>The backup file “%1” already exists; choose a new name.</source>
        <translation>Die Sicherungsdatei „%1“ existiert bereits; wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>The backup cannot be written to “%1”: the folder is not writable.</source>
        <translation>Die Sicherung kann nicht nach „%1“ geschrieben werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The backup file “%1” cannot be created: %2.</source>
        <translation>Die Sicherungsdatei „%1“ kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>The backup to “%1” failed.</source>
        <translation>Die Sicherung nach „%1“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The backup to “%1” failed; nothing was kept.</source>
        <translation>Die Sicherung nach „%1“ ist fehlgeschlagen; es wurde nichts aufbewahrt.</translation>
    </message>
    <message>
        <source>“%1” is not a sound Paylink Desk backup; nothing was restored.</source>
        <translation>„%1“ ist keine intakte Paylink-Desk-Sicherung; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database; nothing was restored.</source>
        <translation>Die Sicherung konnte nicht neben die Datenbank kopiert werden; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The search index could not be checked.</source>
        <translation>Der Suchindex konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt.</source>
        <translation>Der Suchindex konnte nicht neu aufgebaut werden.</translation>
    </message>
    <message>
        <source>The current database could not be saved aside as “%1”; nothing was restored. %2</source>
        <translation>Die aktuelle Datenbank konnte nicht als „%1“ beiseitegelegt werden; es wurde nichts wiederhergestellt. %2</translation>
    </message>
    <message>
        <source>The backup could not be prepared; nothing was restored.</source>
        <translation>Die Sicherung konnte nicht vorbereitet werden; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup could not be brought up to date; nothing was restored. %1</source>
        <translation>Die Sicherung konnte nicht aktualisiert werden; es wurde nichts wiederhergestellt. %1</translation>
    </message>
    <message>
        <source>The backup could not be restored; nothing was changed.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened: its folder “%2” is not writable, and the database needs to keep two small files beside it (“%3-wal” and “%3-shm”). Allow writing to the folder, or move the file to one you can write to. Nothing was changed.</source>
        <translation>Die Datenbankdatei „%1“ kann nicht geöffnet werden: Ihr Ordner „%2“ ist nicht beschreibbar, und die Datenbank muss daneben zwei kleine Dateien ablegen („%3-wal“ und „%3-shm“). Erlauben Sie das Schreiben in den Ordner, oder verschieben Sie die Datei in einen Ordner, in den Sie schreiben können. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened: the disk that holds it is full (%2 free). Free some space and try again; nothing was changed.</source>
        <translation>Die Datenbankdatei „%1“ kann nicht geöffnet werden: Der Datenträger, auf dem sie liegt, ist voll (%2 frei). Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>paylink::DetailPanel</name>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablaufdatum:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Short link:</source>
        <translation>Kurzlink:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>No payment selected</source>
        <translation>Keine Zahlung ausgewählt</translation>
    </message>
    <message>
        <source>%1 payment %2</source>
        <translation>%1-Zahlung %2</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Zahlung %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>paylink::FilterPanel</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;PayByLink</source>
        <translation>&amp;PayByLink</translation>
    </message>
    <message>
        <source>&amp;Bitrix24</source>
        <translation>Bit&amp;rix24</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>paylink::ImportWizard</name>
    <message>
        <source>File and profile</source>
        <translation>Datei und Profil</translation>
    </message>
    <message>
        <source>A CSV export (UTF-8, with “,”, “;” or tab between fields) with one invoice a row.</source>
        <translation>Ein CSV-Export (UTF-8, mit „,“, „;“ oder Tabulator zwischen den Feldern) mit einer Rechnung pro Zeile.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the column that gives each field. Order reference and amount are required; other columns are ignored.</source>
        <translation>Wählen Sie die Spalte, die jedes Feld liefert. Bestellreferenz und Betrag sind Pflicht; andere Spalten werden ignoriert.</translation>
    </message>
    <message>
        <source>Choose the columns of the order reference and the amount.</source>
        <translation>Wählen Sie die Spalten für die Bestellreferenz und den Betrag.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. Rejected rows are left out; save them to fix and import again.</source>
        <translation>Jede Zeile wird geprüft, bevor etwas geschrieben wird. Abgelehnte Zeilen werden ausgelassen; speichern Sie sie, um sie zu korrigieren und erneut zu importieren.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>Abgelehnte Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <source>Import PayByLink invoices</source>
        <translation>PayByLink-Rechnungen importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) and %1 column(s) read.</source>
        <translation>
            <numerusform>%n Zeile und %1 Spalte(n) gelesen.</numerusform>
            <numerusform>%n Zeilen und %1 Spalte(n) gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be imported: fix the rows below and try again.</source>
        <translation>Keine Zeile kann importiert werden: Korrigieren Sie die Zeilen unten und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported.</source>
        <translation>
            <numerusform>%n Zeile wird importiert.</numerusform>
            <numerusform>%n Zeilen werden importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt.</numerusform>
            <numerusform>%n Zeilen abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>The profile&apos;s password is needed to sign the links.</source>
        <translation>Das Passwort des Profils wird zum Signieren der Links benötigt.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>%n Zeile wird geprüft…</numerusform>
            <numerusform>%n Zeilen werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-abgelehnt</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>paylink::Invoice</name>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
</context>
<context>
    <name>paylink::InvoiceBatch</name>
    <message>
        <source>it has no link yet</source>
        <translation>sie hat noch keinen Link</translation>
    </message>
    <message>
        <source>%1 invoices a page is not possible; choose 1, 2, 4 or 8.</source>
        <translation>%1 Rechnungen pro Seite sind nicht möglich; wählen Sie 1, 2, 4 oder 8.</translation>
    </message>
    <message>
        <source>There are no payments to put on invoices.</source>
        <translation>Es gibt keine Zahlungen, für die Rechnungen erstellt werden können.</translation>
    </message>
    <message>
        <source>The invoices could not be started on this device.</source>
        <translation>Die Rechnungen konnten auf diesem Gerät nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>None of the payments could be put on an invoice; nothing was written.</source>
        <translation>Für keine der Zahlungen konnte eine Rechnung erstellt werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>QR invoices</source>
        <translation>QR-Rechnungen</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>paylink::InvoiceDialog</name>
    <message>
        <source>the &amp;selected payments (%1)</source>
        <translation>die aus&amp;gewählten Zahlungen (%1)</translation>
    </message>
    <message>
        <source>every payment in the current &amp;view (%1)</source>
        <translation>alle Zahlungen der aktuellen &amp;Ansicht (%1)</translation>
    </message>
    <message>
        <source>1 (a full page each)</source>
        <translation>1 (je eine ganze Seite)</translation>
    </message>
    <message>
        <source>%1 as labels</source>
        <translation>%1 als Etiketten</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>%1 invoices on %2 sheets. Payments without a link are left out and listed afterwards.</source>
        <translation>%1 Rechnungen auf %2 Blättern. Zahlungen ohne Link werden ausgelassen und anschließend aufgelistet.</translation>
    </message>
    <message>
        <source>The first sheet</source>
        <translation>Das erste Blatt</translation>
    </message>
</context>
<context>
    <name>paylink::InvoiceRenderer</name>
    <message>
        <source>Scan to pay</source>
        <translation>Zum Bezahlen scannen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Pay before</source>
        <translation>Zahlbar bis</translation>
    </message>
    <message>
        <source>Pay before %1</source>
        <translation>Zahlbar bis %1</translation>
    </message>
</context>
<context>
    <name>paylink::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-done is kept</source>
        <translation>Diesen Vorgang abbrechen; nichts halb Fertiges wird behalten</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>(about %n second(s) left)</source>
        <translation>
            <numerusform>(noch etwa %n Sekunde)</numerusform>
            <numerusform>(noch etwa %n Sekunden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::MainWindow</name>
    <message>
        <source>&amp;Print invoices…</source>
        <translation>Rechnungen &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Add payment…</source>
        <translation>Zahlung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit payment…</source>
        <translation>Zahlung bearb&amp;eiten…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Als be&amp;zahlt markieren</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Mark &amp;unpaid</source>
        <translation>Als &amp;unbezahlt markieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;short link</source>
        <translation>&amp;Kurzlink kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore database…</source>
        <translation>Datenbank &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>&amp;About Paylink Desk</source>
        <translation>Ü&amp;ber Paylink Desk</translation>
    </message>
    <message>
        <source>About Paylink Desk</source>
        <translation>Über Paylink Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Paylink Desk %1&lt;/h3&gt;&lt;p&gt;Payment links and QR invoices for Bitrix24 Sales Center and PayByLink.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paylink Desk %1&lt;/h3&gt;&lt;p&gt;Zahlungslinks und QR-Rechnungen für Bitrix24 Sales Center und PayByLink.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Zahlungen</translation>
    </message>
    <message>
        <source>&amp;Bitrix24</source>
        <translation>B&amp;itrix24</translation>
    </message>
    <message>
        <source>Pay&amp;ByLink</source>
        <translation>PayBy&amp;Link</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>%1 — Paylink Desk</source>
        <translation>%1 — Paylink Desk</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n Zahlung</numerusform>
            <numerusform>%n Zahlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment added. Undo with Ctrl+Z.</source>
        <translation>Zahlung hinzugefügt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n payment(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Zahlung gelöscht. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Zahlungen gelöscht. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the link (this payment has no short link).</source>
        <translation>Link kopiert (diese Zahlung hat keinen Kurzlink).</translation>
    </message>
    <message>
        <source>Copied the short link.</source>
        <translation>Kurzlink kopiert.</translation>
    </message>
    <message>
        <source>Copied the link.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <source>This payment has no web link to open.</source>
        <translation>Diese Zahlung hat keinen Weblink, der geöffnet werden kann.</translation>
    </message>
    <message>
        <source>No web browser could be started. Copy the link instead (Ctrl+C).</source>
        <translation>Es konnte kein Webbrowser gestartet werden. Kopieren Sie stattdessen den Link (Strg+C).</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>Zahlungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payment(s) to %1.</source>
        <translation>
            <numerusform>%n Zahlung nach %1 exportiert.</numerusform>
            <numerusform>%n Zahlungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save QR invoices</source>
        <translation>QR-Rechnungen speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Printing %1 invoices at once would take long; save them as a PDF instead and print that.</source>
        <translation>%1 Rechnungen auf einmal zu drucken würde lange dauern; speichern Sie sie stattdessen als PDF und drucken Sie dieses.</translation>
    </message>
    <message>
        <source>Writing invoices</source>
        <translation>Rechnungen werden geschrieben</translation>
    </message>
    <message>
        <source>Payment %1: %2</source>
        <translation>Zahlung %1: %2</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n invoice(s) to %1.</source>
        <translation>
            <numerusform>%n Rechnung nach %1 geschrieben.</numerusform>
            <numerusform>%n Rechnungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation>„%1“ kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>Datenbank aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db *.bak);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db *.bak);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore the database?</source>
        <translation>Datenbank wiederherstellen?</translation>
    </message>
    <message>
        <source>All payments now in “%1” will be replaced by those in “%2”. The current file is kept as “%1.before-restore.bak”.</source>
        <translation>Alle Zahlungen, die sich jetzt in „%1“ befinden, werden durch die aus „%2“ ersetzt. Die aktuelle Datei wird als „%1.before-restore.bak“ aufbewahrt.</translation>
    </message>
    <message>
        <source>Paylink Desk</source>
        <translation>Paylink Desk</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Wiederhergestellt aus %1.</translation>
    </message>
    <message>
        <source>Diagnostics copied. Secrets are masked; paste them into your support request.</source>
        <translation>Diagnosedaten kopiert. Zugangsdaten sind maskiert; fügen Sie sie in Ihre Supportanfrage ein.</translation>
    </message>
    <message>
        <source>Stop “%1”?</source>
        <translation>„%1“ abbrechen?</translation>
    </message>
    <message>
        <source>“%1” is still running. Quitting stops it; an import that has not finished keeps none of its rows.</source>
        <translation>„%1“ läuft noch. Beenden bricht es ab; ein nicht abgeschlossener Import behält keine seiner Zeilen.</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Abbrechen und beenden</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Restoring from “%1”…</source>
        <translation>Wiederherstellen aus „%1“…</translation>
    </message>
    <message>
        <source>This payment&apos;s status is unknown to this version of Paylink Desk; it is left as it is.</source>
        <translation>Der Status dieser Zahlung ist dieser Version von Paylink Desk unbekannt; er bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;New PayByLink link…</source>
        <translation>&amp;Neuer PayByLink-Link…</translation>
    </message>
    <message>
        <source>&amp;Import a CSV file…</source>
        <translation>CSV-Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Connect Bitrix24…</source>
        <translation>Bitrix24 &amp;verbinden…</translation>
    </message>
</context>
<context>
    <name>paylink::Migrations</name>
    <message>
        <source>“%1” was written by a newer Paylink Desk (schema %2; this version knows up to %3). Update Paylink Desk; the file was left untouched.</source>
        <translation>„%1“ wurde von einer neueren Version von Paylink Desk geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie Paylink Desk; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>The database schema cannot be read.</source>
        <translation>Das Datenbankschema kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not of Paylink Desk. It was left untouched; choose another file.</source>
        <translation>„%1“ ist eine SQLite-Datenbank eines anderen Programms, nicht von Paylink Desk. Sie blieb unverändert; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The schema version of “%1” cannot be read.</source>
        <translation>Die Schemaversion von „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A backup of “%1” could not be made before updating it, so it was left as it is. %2</source>
        <translation>Vor der Aktualisierung konnte keine Sicherung von „%1“ erstellt werden, daher blieb die Datei unverändert. %2</translation>
    </message>
    <message>
        <source>Updating the database “%1” to schema %2 failed; it was left at schema %3.</source>
        <translation>Die Aktualisierung der Datenbank „%1“ auf Schema %2 ist fehlgeschlagen; sie blieb bei Schema %3.</translation>
    </message>
    <message>
        <source>Updating the database “%1” failed.</source>
        <translation>Die Aktualisierung der Datenbank „%1“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>“%1” has a schema version (%2) that no Paylink Desk writes. It was left untouched; choose another file.</source>
        <translation>„%1“ hat eine Schemaversion (%2), die keine Version von Paylink Desk schreibt. Die Datei blieb unverändert; wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>paylink::Money</name>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 4217 currency code.</source>
        <translation>%1: „%2“ ist kein ISO-4217-Währungscode.</translation>
    </message>
    <message>
        <source>%1 is empty: enter an amount such as 28.50.</source>
        <translation>%1 ist leer: Geben Sie einen Betrag wie 28,50 ein.</translation>
    </message>
    <message>
        <source>%1 “%2” is negative: enter an amount of zero or more.</source>
        <translation>%1 „%2“ ist negativ: Geben Sie einen Betrag von null oder mehr ein.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a number: use digits and one decimal separator, e.g. 28.50 or 28,50.</source>
        <translation>%1 „%2“ ist keine Zahl: Verwenden Sie Ziffern und ein Dezimaltrennzeichen, z. B. 28.50 oder 28,50.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a number: put digits after the decimal separator.</source>
        <translation>%1 „%2“ ist keine Zahl: Setzen Sie Ziffern hinter das Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <source>%1 “%2” has more than one decimal separator.</source>
        <translation>%1 „%2“ hat mehr als ein Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <source>%1 “%2” has misplaced digit grouping: write it without thousands separators, e.g. 1234.50.</source>
        <translation>%1 „%2“ hat eine falsch gesetzte Zifferngruppierung: Schreiben Sie den Betrag ohne Tausendertrennzeichen, z. B. 1234,50.</translation>
    </message>
    <message>
        <source>%1 “%2” has decimals, but %3 has no minor unit: enter a whole number.</source>
        <translation>%1 „%2“ hat Nachkommastellen, aber %3 hat keine Untereinheit: Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>%1 “%2” has %3 decimals, but %4 allows at most %5.</source>
        <translation>%1 „%2“ hat %3 Nachkommastellen, aber %4 erlaubt höchstens %5.</translation>
    </message>
    <message>
        <source>%1 “%2” is too large: the most is %3.</source>
        <translation>%1 „%2“ ist zu groß: Der Höchstwert ist %3.</translation>
    </message>
</context>
<context>
    <name>paylink::NewLinkDialog</name>
    <message>
        <source>New PayByLink link</source>
        <translation>Neuer PayByLink-Link</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (Test)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>required, e.g. INV-2026-0017</source>
        <translation>erforderlich, z. B. INV-2026-0017</translation>
    </message>
    <message>
        <source>&amp;Order reference:</source>
        <translation>&amp;Bestellreferenz:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Bet&amp;rag:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>Läuft &amp;ab am</translation>
    </message>
    <message>
        <source>optional, e.g. nl-NL</source>
        <translation>optional, z. B. nl-NL</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>F</source>
        <translation>W</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Geschlecht:</translation>
    </message>
    <message>
        <source>The signed link appears here while you type.</source>
        <translation>Der signierte Link erscheint hier, während Sie tippen.</translation>
    </message>
    <message>
        <source>The short link is the spbl.eu alias, which no published example confirms.</source>
        <translation>Der Kurzlink ist der spbl.eu-Alias, den kein veröffentlichtes Beispiel bestätigt.</translation>
    </message>
    <message>
        <source>C&amp;opy link</source>
        <translation>Link k&amp;opieren</translation>
    </message>
    <message>
        <source>Add a PayByLink profile first (PayByLink ▸ Profiles…).</source>
        <translation>Fügen Sie zuerst ein PayByLink-Profil hinzu (PayByLink ▸ Profile…).</translation>
    </message>
    <message>
        <source>The profile&apos;s password is needed to sign the link.</source>
        <translation>Das Passwort des Profils wird zum Signieren des Links benötigt.</translation>
    </message>
    <message>
        <source>The QR code appears when the link is complete.</source>
        <translation>Der QR-Code erscheint, sobald der Link vollständig ist.</translation>
    </message>
</context>
<context>
    <name>paylink::OpenDatabase</name>
    <message>
        <source>Paylink Desk</source>
        <translation>Paylink Desk</translation>
    </message>
    <message>
        <source>Opening “%1”…
An older database is brought up to date first, after a backup; a very large one takes a while.</source>
        <translation>Öffnen von „%1“…
Eine ältere Datenbank wird zuerst gesichert und dann aktualisiert; bei einer sehr großen dauert das eine Weile.</translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkController</name>
    <message>
        <source>&amp;New PayByLink link…</source>
        <translation>&amp;Neuer PayByLink-Link…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;Delete import…</source>
        <translation>Import &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete every payment of the selected payment&apos;s import.</source>
        <translation>Alle Zahlungen aus dem Import der ausgewählten Zahlung löschen.</translation>
    </message>
    <message>
        <source>&amp;Re-issue link…</source>
        <translation>Link neu &amp;ausstellen…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>A new link with the same order data and a new expiry.</source>
        <translation>Ein neuer Link mit denselben Bestelldaten und einem neuen Ablaufdatum.</translation>
    </message>
    <message>
        <source>Export &amp;links…</source>
        <translation>&amp;Links exportieren…</translation>
    </message>
    <message>
        <source>Order, customer, amount, currency, link and short link of the shown payments.</source>
        <translation>Bestellung, Kunde, Betrag, Währung, Link und Kurzlink der angezeigten Zahlungen.</translation>
    </message>
    <message>
        <source>The password of profile “%1” is not in the keychain.</source>
        <translation>Das Passwort des Profils „%1“ ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Password of “%1”</source>
        <translation>Passwort von „%1“</translation>
    </message>
    <message>
        <source>API password of %1:</source>
        <translation>API-Passwort von %1:</translation>
    </message>
    <message>
        <source>%1 — production, %2</source>
        <translation>%1 — Produktion, %2</translation>
    </message>
    <message>
        <source>%1 — test, %2</source>
        <translation>%1 — Test, %2</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its password from the keychain? Its payments stay.</source>
        <translation>Das Profil „%1“ und sein Passwort aus dem Schlüsselbund entfernen? Seine Zahlungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>PayByLink profiles</source>
        <translation>PayByLink-Profile</translation>
    </message>
    <message>
        <source>Order reference “%1” already has a payment in profile “%2”. Use another reference, or re-issue that payment (Ctrl+R).</source>
        <translation>Die Bestellreferenz „%1“ hat bereits eine Zahlung im Profil „%2“. Verwenden Sie eine andere Referenz oder stellen Sie diese Zahlung neu aus (Strg+R).</translation>
    </message>
    <message>
        <source>New PayByLink link</source>
        <translation>Neuer PayByLink-Link</translation>
    </message>
    <message>
        <source>There is no PayByLink profile yet. Add one now?</source>
        <translation>Es gibt noch kein PayByLink-Profil. Jetzt eines hinzufügen?</translation>
    </message>
    <message>
        <source>Re-issue link for %1</source>
        <translation>Link für %1 neu ausstellen</translation>
    </message>
    <message>
        <source>Link re-issued. Undo with Ctrl+Z.</source>
        <translation>Link neu ausgestellt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Link saved. Undo with Ctrl+Z.</source>
        <translation>Link gespeichert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Add a PayByLink profile first (PayByLink ▸ Profiles…); the import signs every row with it.</source>
        <translation>Fügen Sie zuerst ein PayByLink-Profil hinzu (PayByLink ▸ Profile…); der Import signiert jede Zeile damit.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n link(s).</source>
        <translation>
            <numerusform>%n Link importiert.</numerusform>
            <numerusform>%n Links importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected and left out.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt und ausgelassen.</numerusform>
            <numerusform>%n Zeilen abgelehnt und ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Delete import</source>
        <translation>Import löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the import of “%1”: %n payment(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Den Import von „%1“ löschen: %n Zahlung? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Den Import von „%1“ löschen: %n Zahlungen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting import</source>
        <translation>Import wird gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the import: %n payment(s).</source>
        <translation>
            <numerusform>Import gelöscht: %n Zahlung.</numerusform>
            <numerusform>Import gelöscht: %n Zahlungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export links</source>
        <translation>Links exportieren</translation>
    </message>
    <message>
        <source>links.csv</source>
        <translation>links.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting links</source>
        <translation>Links werden exportiert</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n link(s) to %1.</source>
        <translation>
            <numerusform>%n Link nach %1 exportiert.</numerusform>
            <numerusform>%n Links nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkImport</name>
    <message>
        <source>The file has no column “%1”; its columns are: %2.</source>
        <translation>Die Datei hat keine Spalte „%1“; ihre Spalten sind: %2.</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” both give the %3; map one with --map or rename the other.</source>
        <translation>Die Spalten „%1“ und „%2“ liefern beide das Feld „%3“; ordnen Sie eine davon mit --map zu oder benennen Sie die andere um.</translation>
    </message>
    <message>
        <source>No column gives the %1. Name a column “%2”, or map one (--map COLUMN=%2). The file&apos;s columns are: %3.</source>
        <translation>Keine Spalte liefert das Feld „%1“. Benennen Sie eine Spalte „%2“ oder ordnen Sie eine zu (--map SPALTE=%2). Die Spalten der Datei sind: %3.</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen zum Importieren.</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s), but the header has %1: look for a missing or extra “%2” or quote.</source>
        <translation>
            <numerusform>die Zeile hat %n Feld, die Kopfzeile aber %1: Suchen Sie nach einem fehlenden oder überzähligen „%2“ oder Anführungszeichen.</numerusform>
            <numerusform>die Zeile hat %n Felder, die Kopfzeile aber %1: Suchen Sie nach einem fehlenden oder überzähligen „%2“ oder Anführungszeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” is also on row %3: each order reference may be imported once.</source>
        <translation>%1 „%2“ steht auch in Zeile %3: Jede Bestellreferenz darf nur einmal importiert werden.</translation>
    </message>
    <message>
        <source>%1 “%2” already has a payment in profile “%3”: delete or re-issue that one instead.</source>
        <translation>%1 „%2“ hat bereits eine Zahlung im Profil „%3“: Löschen Sie diese oder stellen Sie sie neu aus.</translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkOrders</name>
    <message>
        <source>%1 “%2” is not a date: write it as 2026-12-31, 20261231 or 31-12-2026.</source>
        <translation>%1 „%2“ ist kein Datum: Schreiben Sie es als 2026-12-31, 20261231 oder 31-12-2026.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a day of the calendar.</source>
        <translation>%1 „%2“ ist kein Kalendertag.</translation>
    </message>
    <message>
        <source>%1 is empty: every link needs an order reference.</source>
        <translation>%1 ist leer: Jeder Link braucht eine Bestellreferenz.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a whole number of minor units (cents).</source>
        <translation>%1 „%2“ ist keine ganze Zahl von Untereinheiten (Cent).</translation>
    </message>
    <message>
        <source>%1 “%2” is negative: enter an amount of zero or more.</source>
        <translation>%1 „%2“ ist negativ: Geben Sie einen Betrag von null oder mehr ein.</translation>
    </message>
    <message>
        <source>%1 “%2” is too large: the most is %3.</source>
        <translation>%1 „%2“ ist zu groß: Der Höchstwert ist %3.</translation>
    </message>
    <message>
        <source>%1 “%2” is not an ISO 4217 currency code such as EUR.</source>
        <translation>%1 „%2“ ist kein ISO-4217-Währungscode wie EUR.</translation>
    </message>
    <message>
        <source>%1 “%2” is not an e-mail address such as jan@example.nl.</source>
        <translation>%1 „%2“ ist keine E-Mail-Adresse wie jan@example.nl.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a phone number: use digits, spaces, +, - and brackets.</source>
        <translation>%1 „%2“ ist keine Telefonnummer: Verwenden Sie Ziffern, Leerzeichen, +, - und Klammern.</translation>
    </message>
    <message>
        <source>%1 %2 is in the past: a link that has already expired cannot be paid.</source>
        <translation>%1 %2 liegt in der Vergangenheit: Ein bereits abgelaufener Link kann nicht bezahlt werden.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a language code such as nl-NL or de.</source>
        <translation>%1 „%2“ ist kein Sprachcode wie nl-NL oder de.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3.</source>
        <translation>%1 ist %2 Zeichen lang; erlaubt sind höchstens %3.</translation>
    </message>
    <message>
        <source>%1 contains a NUL character, which no payment field may hold (is the file binary, or saved as UTF-16?).</source>
        <translation>%1 enthält ein NUL-Zeichen, das in keinem Zahlungsfeld stehen darf (ist die Datei binär oder als UTF-16 gespeichert?).</translation>
    </message>
    <message>
        <source>The signed link would be %1 bytes long; a link may have at most %2, so that its QR code still scans. Shorten the name or description.</source>
        <translation>Der signierte Link wäre %1 Bytes lang; ein Link darf höchstens %2 haben, damit sein QR-Code noch scannbar ist. Kürzen Sie den Namen oder die Beschreibung.</translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkProfile</name>
    <message>
        <source>Order reference</source>
        <translation>Bestellreferenz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>%1: “%2” is not a web address; write it in full, starting with https://.</source>
        <translation>%1: „%2“ ist keine Webadresse; schreiben Sie sie vollständig, beginnend mit https://.</translation>
    </message>
    <message>
        <source>Profile name: enter a name, such as “Shop test”.</source>
        <translation>Profilname: Geben Sie einen Namen ein, z. B. „Shop-Test“.</translation>
    </message>
    <message>
        <source>Profile name: remove the spaces at its start or end.</source>
        <translation>Profilname: Entfernen Sie die Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>API user: enter the API user name PayByLink gave you.</source>
        <translation>API-Benutzer: Geben Sie den API-Benutzernamen ein, den Sie von PayByLink erhalten haben.</translation>
    </message>
    <message>
        <source>API user: remove the spaces at its start or end.</source>
        <translation>API-Benutzer: Entfernen Sie die Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>Expired URL</source>
        <translation>URL bei Ablauf</translation>
    </message>
    <message>
        <source>Error URL</source>
        <translation>URL bei Fehler</translation>
    </message>
    <message>
        <source>Default currency: “%1” is not an ISO 4217 currency code.</source>
        <translation>Standardwährung: „%1“ ist kein ISO-4217-Währungscode.</translation>
    </message>
    <message>
        <source>Hash length: %1 is not 10 or 64.</source>
        <translation>Hash-Länge: %1 ist weder 10 noch 64.</translation>
    </message>
    <message>
        <source>Short alias: spbl.eu links exist for production payments only.</source>
        <translation>Kurz-Alias: spbl.eu-Links gibt es nur für Zahlungen in der Produktion.</translation>
    </message>
    <message>
        <source>Parameter mapping: %1 appears twice.</source>
        <translation>Parameterzuordnung: %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Parameter mapping: %1: “%2” is not a parameter name; use letters, digits, “_”, “.”, “~” or “-”.</source>
        <translation>Parameterzuordnung: %1: „%2“ ist kein Parametername; verwenden Sie Buchstaben, Ziffern, „_“, „.“, „~“ oder „-“.</translation>
    </message>
    <message>
        <source>Parameter mapping: %1: “%2” is reserved for PayByLink itself.</source>
        <translation>Parameterzuordnung: %1: „%2“ ist für PayByLink selbst reserviert.</translation>
    </message>
    <message>
        <source>Parameter mapping: the name “%1” is used twice.</source>
        <translation>Parameterzuordnung: Der Name „%1“ wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>Parameter mapping: %1 needs a parameter name; every link carries it.</source>
        <translation>Parameterzuordnung: %1 braucht einen Parameternamen; jeder Link enthält dieses Feld.</translation>
    </message>
    <message>
        <source>The stored profile has an unknown environment “%1”.</source>
        <translation>Das gespeicherte Profil hat eine unbekannte Umgebung „%1“.</translation>
    </message>
    <message>
        <source>The stored profile maps an unknown field “%1”.</source>
        <translation>Das gespeicherte Profil ordnet ein unbekanntes Feld „%1“ zu.</translation>
    </message>
    <message>
        <source>lower-case</source>
        <comment>How a field name is written inside a sentence: lower-case or as-is</comment>
        <translation>as-is</translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkProfiles</name>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>PayByLink profile %1 no longer exists.</source>
        <translation>Das PayByLink-Profil %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no PayByLink profile named “%1”; add one first (paylink profile add paybylink NAME …).</source>
        <translation>Es gibt kein PayByLink-Profil namens „%1“; fügen Sie zuerst eines hinzu (paylink profile add paybylink NAME …).</translation>
    </message>
    <message>
        <source>There is no PayByLink profile named “%1”; the profiles are: %2.</source>
        <translation>Es gibt kein PayByLink-Profil namens „%1“; vorhandene Profile: %2.</translation>
    </message>
    <message>
        <source>Password: enter the API user&apos;s password.</source>
        <translation>Passwort: Geben Sie das Passwort des API-Benutzers ein.</translation>
    </message>
    <message>
        <source>The profile was not added: %1</source>
        <translation>Das Profil wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>The profile “%1” was kept: %2</source>
        <translation>Das Profil „%1“ wurde beibehalten: %2</translation>
    </message>
    <message>
        <source>The profile “%1” was removed, but its password may still be in the keychain: %2</source>
        <translation>Das Profil „%1“ wurde entfernt, sein Passwort ist aber eventuell noch im Schlüsselbund: %2</translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkSigner</name>
    <message>
        <source>Password: the API user&apos;s password is missing.</source>
        <translation>Passwort: Das Passwort des API-Benutzers fehlt.</translation>
    </message>
    <message>
        <source>Hash length: %1 is not 10 or 64.</source>
        <translation>Hash-Länge: %1 ist weder 10 noch 64.</translation>
    </message>
    <message>
        <source>Parameters: a parameter has no name.</source>
        <translation>Parameter: Ein Parameter hat keinen Namen.</translation>
    </message>
    <message>
        <source>Parameters: “h” is the hash and cannot be given.</source>
        <translation>Parameter: „h“ ist der Hash und kann nicht angegeben werden.</translation>
    </message>
    <message>
        <source>User: the API user name (parameter u) is missing.</source>
        <translation>Benutzer: Der API-Benutzername (Parameter u) fehlt.</translation>
    </message>
    <message>
        <source>Entity key: “%1” is not a GUID such as 2b2b9bff-0c96-4f33-a20d-c831ac87e571.</source>
        <translation>Entitätsschlüssel: „%1“ ist keine GUID wie 2b2b9bff-0c96-4f33-a20d-c831ac87e571.</translation>
    </message>
    <message>
        <source>Short alias: spbl.eu links exist on production only.</source>
        <translation>Kurz-Alias: spbl.eu-Links gibt es nur in der Produktion.</translation>
    </message>
    <message>
        <source>Short alias: spbl.eu links exist for payments only, not mandates.</source>
        <translation>Kurz-Alias: spbl.eu-Links gibt es nur für Zahlungen, nicht für Mandate.</translation>
    </message>
</context>
<context>
    <name>paylink::Payment</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <translation>Bitrix24</translation>
    </message>
    <message>
        <source>PayByLink</source>
        <translation>PayByLink</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Link refused: %1</source>
        <translation>Link abgelehnt: %1</translation>
    </message>
    <message>
        <source>Short link refused: %1</source>
        <translation>Kurzlink abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>paylink::PaymentCommands</name>
    <message>
        <source>Add payment</source>
        <translation>Zahlung hinzufügen</translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation>Zahlung bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n payment(s)</source>
        <translation>
            <numerusform>%n Zahlung löschen</numerusform>
            <numerusform>%n Zahlungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n payment(s) paid</source>
        <translation>
            <numerusform>%n Zahlung als bezahlt markieren</numerusform>
            <numerusform>%n Zahlungen als bezahlt markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n payment(s) unpaid</source>
        <translation>
            <numerusform>%n Zahlung als unbezahlt markieren</numerusform>
            <numerusform>%n Zahlungen als unbezahlt markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %1 (%n payment(s))</source>
        <translation>
            <numerusform>Import von %1 (%n Zahlung)</numerusform>
            <numerusform>Import von %1 (%n Zahlungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::PaymentDialog</name>
    <message>
        <source>New payment</source>
        <translation>Neue Zahlung</translation>
    </message>
    <message>
        <source>The QR code of the short link, or of the link</source>
        <translation>Der QR-Code des Kurzlinks oder des Links</translation>
    </message>
    <message>
        <source>Edit payment %1</source>
        <translation>Zahlung %1 bearbeiten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency: “%1” is not an ISO 4217 code such as EUR, USD or RUB.</source>
        <translation>Währung: „%1“ ist kein ISO-4217-Code wie EUR, USD oder RUB.</translation>
    </message>
    <message>
        <source>Expiry: %1 is in the past; choose today or a later date.</source>
        <translation>Ablaufdatum: %1 liegt in der Vergangenheit; wählen Sie heute oder ein späteres Datum.</translation>
    </message>
    <message>
        <source>Type a link to see its QR code.</source>
        <translation>Geben Sie einen Link ein, um seinen QR-Code zu sehen.</translation>
    </message>
</context>
<context>
    <name>paylink::PaymentExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>The links of %n payment(s) break the link rule (for example a javascript: address or a hidden user name) and were left out; the payment list shows why.</source>
        <translation>
            <numerusform>Der Link von %n Zahlung verstößt gegen die Link-Regel (zum Beispiel eine javascript:-Adresse oder ein versteckter Benutzername) und wurde weggelassen; die Zahlungsliste zeigt, warum.</numerusform>
            <numerusform>Die Links von %n Zahlungen verstoßen gegen die Link-Regel (zum Beispiel eine javascript:-Adresse oder ein versteckter Benutzername) und wurden weggelassen; die Zahlungsliste zeigt, warum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::PaymentStore</name>
    <message>
        <source>Currency: “%1” is not an ISO 4217 code such as EUR, USD or RUB.</source>
        <translation>Währung: „%1“ ist kein ISO-4217-Code wie EUR, USD oder RUB.</translation>
    </message>
    <message>
        <source>Amount: %1 is negative; enter zero or more.</source>
        <translation>Betrag: %1 ist negativ; geben Sie null oder mehr ein.</translation>
    </message>
    <message>
        <source>Amount: %1 is too large; the most is %2.</source>
        <translation>Betrag: %1 ist zu groß; der Höchstwert ist %2.</translation>
    </message>
    <message>
        <source>Status: “expired” is derived from the expiry date and cannot be set.</source>
        <translation>Status: „Abgelaufen“ ergibt sich aus dem Ablaufdatum und kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>E-mail: “%1” does not look like an e-mail address.</source>
        <translation>E-Mail: „%1“ sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>Status: a payment without a link cannot be ready; save it as a draft.</source>
        <translation>Status: Eine Zahlung ohne Link kann nicht „Bereit“ sein; speichern Sie sie als Entwurf.</translation>
    </message>
    <message>
        <source>Payment %1 of %2: %3</source>
        <translation>Zahlung %1 von %2: %3</translation>
    </message>
    <message>
        <source>The payment could not be saved.</source>
        <translation>Die Zahlung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A payment with the same external id already exists for this profile; nothing was saved.</source>
        <translation>Für dieses Profil gibt es bereits eine Zahlung mit derselben externen ID; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The payment could not be saved; nothing was written.</source>
        <translation>Die Zahlung konnte nicht gespeichert werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>This payment has not been saved yet.</source>
        <translation>Diese Zahlung wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>The payment could not be saved; it was left as it was.</source>
        <translation>Die Zahlung konnte nicht gespeichert werden; sie blieb unverändert.</translation>
    </message>
    <message>
        <source>Payment %1 no longer exists; it may have been deleted elsewhere.</source>
        <translation>Die Zahlung %1 existiert nicht mehr; sie wurde eventuell an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <source>The payments could not be deleted.</source>
        <translation>Die Zahlungen konnten nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The payments could not be deleted; none were.</source>
        <translation>Die Zahlungen konnten nicht gelöscht werden; keine wurde gelöscht.</translation>
    </message>
    <message>
        <source>The status could not be changed.</source>
        <translation>Der Status konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>The status could not be changed; nothing was changed.</source>
        <translation>Der Status konnte nicht geändert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No payment has the id %1; nothing was changed.</source>
        <translation>Es gibt keine Zahlung mit der ID %1; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The payment could not be read.</source>
        <translation>Die Zahlung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The payments could not be read.</source>
        <translation>Die Zahlungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The payments could not be counted.</source>
        <translation>Die Zahlungen konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>The totals could not be computed.</source>
        <translation>Die Summen konnten nicht berechnet werden.</translation>
    </message>
    <message>
        <source>The order references could not be checked.</source>
        <translation>Die Bestellreferenzen konnten nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The import could not be deleted; nothing was changed.</source>
        <translation>Der Import konnte nicht gelöscht werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The import could not be read.</source>
        <translation>Der Import konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Import %1 no longer exists.</source>
        <translation>Der Import %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Order reference “%1” already has a payment (saved meanwhile elsewhere?); nothing was saved. Re-issue that payment instead.</source>
        <translation>Die Bestellreferenz „%1“ hat bereits eine Zahlung (zwischenzeitlich an anderer Stelle gespeichert?); es wurde nichts gespeichert. Stellen Sie stattdessen diese Zahlung neu aus.</translation>
    </message>
    <message>
        <source>Order reference “%1” already has another payment; the payment was left as it was.</source>
        <translation>Die Bestellreferenz „%1“ hat bereits eine andere Zahlung; die Zahlung blieb unverändert.</translation>
    </message>
    <message>
        <source>Payment %1 changed elsewhere (another window or the paylink command) since it was shown here; nothing was changed. Look at it again and repeat what you meant to do.</source>
        <translation>Die Zahlung %1 wurde an anderer Stelle geändert (in einem anderen Fenster oder mit dem Befehl paylink), seit sie hier angezeigt wurde; es wurde nichts geändert. Sehen Sie sie sich erneut an und wiederholen Sie, was Sie tun wollten.</translation>
    </message>
    <message>
        <source>Payment %1 no longer exists; it may have been deleted elsewhere. Nothing was changed.</source>
        <translation>Die Zahlung %1 existiert nicht mehr; sie wurde eventuell an anderer Stelle gelöscht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Import %1 no longer exists; it may have been deleted elsewhere. Nothing was changed.</source>
        <translation>Der Import %1 existiert nicht mehr; er wurde eventuell an anderer Stelle gelöscht. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) of this import changed since it was made (here or elsewhere), so it was not undone; nothing was changed. Use “Delete import…” to remove it anyway.</source>
        <translation>
            <numerusform>%n Zahlung dieses Imports wurde seither geändert (hier oder an anderer Stelle), daher wurde der Import nicht rückgängig gemacht; es wurde nichts geändert. Verwenden Sie „Import löschen…“, um ihn trotzdem zu entfernen.</numerusform>
            <numerusform>%n Zahlungen dieses Imports wurden seither geändert (hier oder an anderer Stelle), daher wurde der Import nicht rückgängig gemacht; es wurde nichts geändert. Verwenden Sie „Import löschen…“, um ihn trotzdem zu entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: this payment&apos;s stored status is unknown to this version of Paylink Desk, so it is left as it is.</source>
        <translation>Status: Der gespeicherte Status dieser Zahlung ist dieser Version von Paylink Desk unbekannt, daher bleibt er unverändert.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation>Zahlungs-ID</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>%1: %2 characters long; the most is %3.</source>
        <translation>%1: %2 Zeichen lang; erlaubt sind höchstens %3.</translation>
    </message>
    <message>
        <source>%1: contains a NUL character, which no payment field may hold.</source>
        <translation>%1: enthält ein NUL-Zeichen, das in keinem Zahlungsfeld stehen darf.</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Short link: %1</source>
        <translation>Kurzlink: %1</translation>
    </message>
    <message>
        <source>Payment %1 has a status this version of Paylink Desk does not know; nothing was changed.</source>
        <translation>Zahlung %1 hat einen Status, den diese Version von Paylink Desk nicht kennt; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>paylink::PaymentTableModel</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>paylink::PaymentsView</name>
    <message>
        <source>Search order, customer or e-mail (Ctrl+F)</source>
        <translation>Bestellung, Kunde oder E-Mail suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No payment matches the search and filters.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Clear the search (Esc) or the filters to see all payments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine Zahlung entspricht der Suche und den Filtern.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Leeren Sie die Suche (Esc) oder setzen Sie die Filter zurück, um alle Zahlungen zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No payments yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Make a payment link for one customer, bring in many from a CSV file, or connect a Bitrix24 portal and get its links. The &lt;b&gt;paylink&lt;/b&gt; command does the same from scripts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Zahlungen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Erstellen Sie einen Zahlungslink für einen Kunden, holen Sie viele aus einer CSV-Datei oder verbinden Sie ein Bitrix24-Portal und holen Sie dessen Links. Der Befehl &lt;b&gt;paylink&lt;/b&gt; tut dasselbe aus Skripten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>paylink::PortalDialog</name>
    <message>
        <source>Bitrix24 portal</source>
        <translation>Bitrix24-Portal</translation>
    </message>
    <message>
        <source>e.g. Main portal</source>
        <translation>z. B. Hauptportal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Incoming webhook</source>
        <translation>Eingehender Webhook</translation>
    </message>
    <message>
        <source>OAuth application</source>
        <translation>OAuth-Anwendung</translation>
    </message>
    <message>
        <source>&amp;Connect with:</source>
        <translation>&amp;Verbinden über:</translation>
    </message>
    <message>
        <source>Paste the whole “Webhook to call REST API” from Bitrix24 (Developer resources ▸ Other ▸ Incoming webhook), with the “salescenter” and “crm” scopes.</source>
        <translation>Fügen Sie den vollständigen „Webhook to call REST API“ aus Bitrix24 ein (Entwicklerressourcen ▸ Andere ▸ Eingehender Webhook), mit den Bereichen „salescenter“ und „crm“.</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>&amp;Webhook-URL:</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>Portal&amp;adresse:</translation>
    </message>
    <message>
        <source>OAuth &amp;server:</source>
        <translation>OAuth-&amp;Server:</translation>
    </message>
    <message>
        <source>local.…</source>
        <translation>local.…</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Access-&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>&amp;Refresh-Token:</translation>
    </message>
    <message>
        <source>only for a portal with its own certificate authority</source>
        <translation>nur für ein Portal mit eigener Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle (*)</translation>
    </message>
    <message>
        <source>Extra &amp;CA:</source>
        <translation>Zusätzliche &amp;CA:</translation>
    </message>
    <message>
        <source>Enterprise plan (5 requests a second instead of 2)</source>
        <translation>Enterprise-Tarif (5 Anfragen pro Sekunde statt 2)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n saved certificate(s); choose a file to replace</source>
        <translation>
            <numerusform>%n gespeichertes Zertifikat; wählen Sie eine Datei, um es zu ersetzen</numerusform>
            <numerusform>%n gespeicherte Zertifikate; wählen Sie eine Datei, um sie zu ersetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>The webhook URL</source>
        <translation>Die Webhook-URL</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>Das Access-Token</translation>
    </message>
    <message>
        <source>The refresh token</source>
        <translation>Das Refresh-Token</translation>
    </message>
    <message>
        <source>The client secret</source>
        <translation>Das Client-Secret</translation>
    </message>
    <message>
        <source>Name: give the portal a name.</source>
        <translation>Name: Geben Sie dem Portal einen Namen.</translation>
    </message>
    <message>
        <source>The OAuth server address</source>
        <translation>Die Adresse des OAuth-Servers</translation>
    </message>
    <message>
        <source>Access token: paste the application&apos;s access token.</source>
        <translation>Access-Token: Fügen Sie das Access-Token der Anwendung ein.</translation>
    </message>
    <message>
        <source>Refreshing the token needs the client id and client secret as well.</source>
        <translation>Zum Aktualisieren des Tokens werden auch die Client-ID und das Client-Secret benötigt.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
    <message>
        <source>Connected: the portal accepted the secret, and it may use Sales Center and CRM payments.</source>
        <translation>Verbunden: Das Portal hat die Zugangsdaten akzeptiert und darf Sales Center und CRM-Zahlungen nutzen.</translation>
    </message>
    <message>
        <source>The portal answers from %1 now. Use that address? Nothing was sent there.</source>
        <translation>Das Portal antwortet jetzt von %1. Diese Adresse verwenden? Es wurde nichts dorthin gesendet.</translation>
    </message>
    <message>
        <source>only if its payment pages are on another host</source>
        <translation>nur wenn seine Zahlungsseiten auf einem anderen Host liegen</translation>
    </message>
    <message>
        <source>Payment links from this portal are used only when they lead to the portal itself or to a host listed here (separate several with commas).</source>
        <translation>Zahlungslinks dieses Portals werden nur verwendet, wenn sie zum Portal selbst oder zu einem hier aufgeführten Host führen (mehrere durch Kommas trennen).</translation>
    </message>
    <message>
        <source>Other &amp;link hosts:</source>
        <translation>Weitere &amp;Link-Hosts:</translation>
    </message>
    <message>
        <source>Other link hosts: %1</source>
        <translation>Weitere Link-Hosts: %1</translation>
    </message>
    <message>
        <source>Extra CA: %1</source>
        <translation>Zusätzliche CA: %1</translation>
    </message>
</context>
<context>
    <name>paylink::PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>L — about 7% can be damaged</source>
        <translation>L — etwa 7 % dürfen beschädigt sein</translation>
    </message>
    <message>
        <source>M — about 15% (recommended)</source>
        <translation>M — etwa 15 % (empfohlen)</translation>
    </message>
    <message>
        <source>Q — about 25%</source>
        <translation>Q — etwa 25 %</translation>
    </message>
    <message>
        <source>H — about 30%</source>
        <translation>H — etwa 30 %</translation>
    </message>
    <message>
        <source>Standard: 2 requests a second, bursts of 50</source>
        <translation>Standard: 2 Anfragen pro Sekunde, Spitzen bis 50</translation>
    </message>
    <message>
        <source>Enterprise: 5 requests a second, bursts of 250</source>
        <translation>Enterprise: 5 Anfragen pro Sekunde, Spitzen bis 250</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Add trusted certificate authorities</source>
        <translation>Vertrauenswürdige Zertifizierungsstellen hinzufügen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe auswählen</translation>
    </message>
</context>
<context>
    <name>paylink::ProfileDialog</name>
    <message>
        <source>PayByLink profile</source>
        <translation>PayByLink-Profil</translation>
    </message>
    <message>
        <source>e.g. Shop (test)</source>
        <translation>z. B. Shop (Test)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Test (testapi.paybylink.com)</source>
        <translation>Test (testapi.paybylink.com)</translation>
    </message>
    <message>
        <source>Production (api.paybylink.com)</source>
        <translation>Produktion (api.paybylink.com)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Zahlungslinks</translation>
    </message>
    <message>
        <source>Mandate links</source>
        <translation>Mandatslinks</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Entity &amp;key:</source>
        <translation>&amp;Entitätsschlüssel:</translation>
    </message>
    <message>
        <source>API &amp;user:</source>
        <translation>API-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>optional, e.g. CreatePaymentLinkMapping</source>
        <translation>optional, z. B. CreatePaymentLinkMapping</translation>
    </message>
    <message>
        <source>&amp;Mapping template:</source>
        <translation>&amp;Mapping-Vorlage:</translation>
    </message>
    <message>
        <source>optional, https://…</source>
        <translation>optional, https://…</translation>
    </message>
    <message>
        <source>E&amp;xpired URL:</source>
        <translation>URL bei Ab&amp;lauf:</translation>
    </message>
    <message>
        <source>E&amp;rror URL:</source>
        <translation>URL bei &amp;Fehler:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>URL parameter</source>
        <translation>URL-Parameter</translation>
    </message>
    <message>
        <source>The names your mapping template expects, in link order. Leave a name empty to leave the field out of links.</source>
        <translation>Die Namen, die Ihre Mapping-Vorlage erwartet, in der Reihenfolge im Link. Lassen Sie einen Namen leer, um das Feld in Links wegzulassen.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>Parameter ma&amp;pping:</source>
        <translation>Parameter&amp;zuordnung:</translation>
    </message>
    <message>
        <source>28,50 (decimal comma)</source>
        <translation>28,50 (Dezimalkomma)</translation>
    </message>
    <message>
        <source>28.50 (decimal point)</source>
        <translation>28.50 (Dezimalpunkt)</translation>
    </message>
    <message>
        <source>2850 (minor units)</source>
        <translation>2850 (Untereinheiten)</translation>
    </message>
    <message>
        <source>&amp;Amounts in links:</source>
        <translation>Beträ&amp;ge in Links:</translation>
    </message>
    <message>
        <source>2016-02-29</source>
        <translation>2016-02-29</translation>
    </message>
    <message>
        <source>20160229</source>
        <translation>20160229</translation>
    </message>
    <message>
        <source>&amp;Dates in links:</source>
        <translation>&amp;Datumsangaben in Links:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Standard&amp;währung:</translation>
    </message>
    <message>
        <source>Full, 64 characters (safest)</source>
        <translation>Vollständig, 64 Zeichen (am sichersten)</translation>
    </message>
    <message>
        <source>First 10 characters (shorter links)</source>
        <translation>Erste 10 Zeichen (kürzere Links)</translation>
    </message>
    <message>
        <source>&amp;Hash:</source>
        <translation>&amp;Hash:</translation>
    </message>
    <message>
        <source>Use the spbl.eu short alias as the short link (production payments; not confirmed by a published vector)</source>
        <translation>Den spbl.eu-Kurz-Alias als Kurzlink verwenden (Zahlungen in der Produktion; nicht durch einen veröffentlichten Testvektor bestätigt)</translation>
    </message>
    <message>
        <source>&amp;Self-test</source>
        <translation>&amp;Selbsttest</translation>
    </message>
    <message>
        <source>Signs the PayByLink manual&apos;s example and compares it with the published hash</source>
        <translation>Signiert das Beispiel aus dem PayByLink-Handbuch und vergleicht es mit dem veröffentlichten Hash</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Edit PayByLink profile “%1”</source>
        <translation>PayByLink-Profil „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New PayByLink profile</source>
        <translation>Neues PayByLink-Profil</translation>
    </message>
    <message>
        <source>✔ The manual&apos;s example signs to %1…, the published hash.</source>
        <translation>✔ Das Beispiel aus dem Handbuch ergibt die Signatur %1…, den veröffentlichten Hash.</translation>
    </message>
    <message>
        <source>✘ The manual&apos;s example signs to %1, not the published %2. Do not use this build for real links.</source>
        <translation>✘ Das Beispiel aus dem Handbuch ergibt die Signatur %1, nicht den veröffentlichten Hash %2. Verwenden Sie diesen Build nicht für echte Links.</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Das Passwort</translation>
    </message>
    <message>
        <source>Password: enter the API user&apos;s password.</source>
        <translation>Passwort: Geben Sie das Passwort des API-Benutzers ein.</translation>
    </message>
    <message>
        <source>the GUID from PayByLink&apos;s merchant panel</source>
        <translation>die GUID aus dem Händlerbereich von PayByLink</translation>
    </message>
</context>
<context>
    <name>paylink::ProfileStore</name>
    <message>
        <source>The profiles could not be read.</source>
        <translation>Die Profile konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Das Profil konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Profile name: enter a name.</source>
        <translation>Profilname: Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name or edit that profile.</source>
        <translation>Ein Profil namens „%1“ existiert bereits; wählen Sie einen anderen Namen oder bearbeiten Sie dieses Profil.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Das Profil konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The profile “%1” no longer exists.</source>
        <translation>Das Profil „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The profile could not be removed.</source>
        <translation>Das Profil konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>paylink::QrCode</name>
    <message>
        <source>There is nothing to encode: the text is empty.</source>
        <translation>Es gibt nichts zu codieren: Der Text ist leer.</translation>
    </message>
    <message>
        <source>A lower error correction level holds more (L: %1 bytes); a short link is better still.</source>
        <translation>Eine niedrigere Fehlerkorrekturstufe fasst mehr (L: %1 Bytes); ein Kurzlink ist noch besser.</translation>
    </message>
    <message>
        <source>Use a short link instead.</source>
        <translation>Verwenden Sie stattdessen einen Kurzlink.</translation>
    </message>
    <message>
        <source>The text is %1 bytes long, but a QR code at error correction %2 holds at most %3 bytes.</source>
        <translation>Der Text ist %1 Bytes lang, aber ein QR-Code mit Fehlerkorrektur %2 fasst höchstens %3 Bytes.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Der QR-Code konnte nicht erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>paylink::QrExport</name>
    <message>
        <source>“%1” does not end in .png, .svg or .pdf; choose one of these formats.</source>
        <translation>„%1“ endet nicht auf .png, .svg oder .pdf; wählen Sie eines dieser Formate.</translation>
    </message>
    <message>
        <source>The image for “%1” could not be made.</source>
        <translation>Das Bild für „%1“ konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>paylink::QrPanel</name>
    <message>
        <source>Print larger</source>
        <translation>Größer drucken</translation>
    </message>
    <message>
        <source>Lower error correction</source>
        <translation>Fehlerkorrektur verringern</translation>
    </message>
    <message>
        <source>Copy &amp;short link</source>
        <translation>&amp;Kurzlink kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>&amp;Bild kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Copy the short link, or the link when there is no short one (Ctrl+Shift+C)</source>
        <translation>Den Kurzlink kopieren, oder den Link, wenn es keinen Kurzlink gibt (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Copy the code as PNG and SVG, for documents and designers</source>
        <translation>Den Code als PNG und SVG kopieren, für Dokumente und Designer</translation>
    </message>
    <message>
        <source>Read a printed or exported QR file back and check it carries exactly this link</source>
        <translation>Eine gedruckte oder exportierte QR-Datei wieder einlesen und prüfen, ob sie genau diesen Link enthält</translation>
    </message>
    <message>
        <source>QR &amp;options</source>
        <translation>QR-&amp;Optionen</translation>
    </message>
    <message>
        <source>Error correction: L holds the most text, H survives the most damage</source>
        <translation>Fehlerkorrektur: L fasst den meisten Text, H übersteht die meisten Beschädigungen</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> modules</source>
        <translation> Module</translation>
    </message>
    <message>
        <source>&amp;Error correction:</source>
        <translation>&amp;Fehlerkorrektur:</translation>
    </message>
    <message>
        <source>Printed si&amp;ze:</source>
        <translation>Druck&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Quiet zone:</source>
        <translation>&amp;Ruhezone:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe auswählen</translation>
    </message>
    <message>
        <source>Select a payment with a link to see its QR code.</source>
        <translation>Wählen Sie eine Zahlung mit Link aus, um ihren QR-Code zu sehen.</translation>
    </message>
    <message>
        <source>Version %1 · %2 modules · %3 mm a module at %4 mm</source>
        <translation>Version %1 · %2 Module · %3 mm pro Modul bei %4 mm</translation>
    </message>
    <message>
        <source>Modules of %1 mm are too small for many phone cameras (aim for %2 mm or more): print it larger or lower the error correction.</source>
        <translation>Module von %1 mm sind für viele Handykameras zu klein (streben Sie %2 mm oder mehr an): Drucken Sie den Code größer oder verringern Sie die Fehlerkorrektur.</translation>
    </message>
    <message>
        <source>A short link makes a much smaller code.</source>
        <translation>Ein Kurzlink ergibt einen viel kleineren Code.</translation>
    </message>
    <message>
        <source>Copied the link (there is no short link).</source>
        <translation>Link kopiert (es gibt keinen Kurzlink).</translation>
    </message>
    <message>
        <source>Copied the short link.</source>
        <translation>Kurzlink kopiert.</translation>
    </message>
    <message>
        <source>Copied the link.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <source>Copied the QR code as PNG and SVG.</source>
        <translation>QR-Code als PNG und SVG kopiert.</translation>
    </message>
    <message>
        <source>There is no QR code to export.</source>
        <translation>Es gibt keinen QR-Code zum Exportieren.</translation>
    </message>
    <message>
        <source>Export the QR code</source>
        <translation>QR-Code exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Exported the QR code to %1; verified: it scans to exactly this link.</source>
        <translation>QR-Code nach %1 exportiert und geprüft: Er ergibt beim Scannen genau diesen Link.</translation>
    </message>
    <message>
        <source>Verify a QR code file</source>
        <translation>QR-Code-Datei prüfen</translation>
    </message>
    <message>
        <source>QR code files (*.png *.svg *.pdf *.jpg *.jpeg)</source>
        <translation>QR-Code-Dateien (*.png *.svg *.pdf *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No QR code could be read from “%1”.</source>
        <translation>Aus „%1“ konnte kein QR-Code gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” reads “%2”.</source>
        <translation>„%1“ enthält „%2“.</translation>
    </message>
    <message>
        <source>Verified: “%1” scans to exactly this payment&apos;s link.</source>
        <translation>Geprüft: „%1“ ergibt beim Scannen genau den Link dieser Zahlung.</translation>
    </message>
    <message>
        <source>No QR code for this payment. %1</source>
        <translation>Kein QR-Code für diese Zahlung. %1</translation>
    </message>
    <message>
        <source>Show lar&amp;ger</source>
        <translation>&amp;Vergrößert zeigen</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
</context>
<context>
    <name>paylink::QrRenderer</name>
    <message>
        <source>The code is inverted (light modules on a dark background); many scanners cannot read that.</source>
        <translation>Der Code ist invertiert (helle Module auf dunklem Hintergrund); viele Scanner können das nicht lesen.</translation>
    </message>
    <message>
        <source>The contrast is low (%1:1); use at least 4.5:1 so that codes scan.</source>
        <translation>Der Kontrast ist gering (%1:1); verwenden Sie mindestens 4,5:1, damit sich die Codes scannen lassen.</translation>
    </message>
    <message>
        <source>A quiet zone under 4 modules makes printed codes hard to scan.</source>
        <translation>Eine Ruhezone unter 4 Modulen macht gedruckte Codes schwer scannbar.</translation>
    </message>
</context>
<context>
    <name>paylink::QrVerifier</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” could not be read as an image, SVG or PDF.</source>
        <translation>„%1“ konnte nicht als Bild, SVG oder PDF gelesen werden.</translation>
    </message>
    <message>
        <source>No QR code could be read from “%1”. Print or export it larger, with a quiet zone and dark modules on a light background.</source>
        <translation>Aus „%1“ konnte kein QR-Code gelesen werden. Drucken oder exportieren Sie ihn größer, mit Ruhezone und dunklen Modulen auf hellem Hintergrund.</translation>
    </message>
    <message>
        <source>“%1” holds %2 QR codes; expected exactly one.</source>
        <translation>„%1“ enthält %2 QR-Codes; erwartet wurde genau einer.</translation>
    </message>
    <message>
        <source>The QR code in “%1” does not carry the expected link: it reads “%2”.</source>
        <translation>Der QR-Code in „%1“ enthält nicht den erwarteten Link: Er lautet „%2“.</translation>
    </message>
</context>
<context>
    <name>paylink::QrView</name>
    <message>
        <source>QR code, version %1</source>
        <translation>QR-Code, Version %1</translation>
    </message>
    <message>
        <source>This code is too dense to show here (%1 modules across). Use “Show larger”, or widen this panel.</source>
        <translation>Dieser Code ist zu dicht, um hier angezeigt zu werden (%1 Module breit). Verwenden Sie „Vergrößert zeigen“ oder verbreitern Sie diesen Bereich.</translation>
    </message>
</context>
<context>
    <name>paylink::SecretFile</name>
    <message>
        <source>%1 starts or ends with white space; check that it belongs there.</source>
        <translation>%1 beginnt oder endet mit einem Leerzeichen; prüfen Sie, ob es dorthin gehört.</translation>
    </message>
    <message>
        <source>%1 contains an invisible character (U+%2) at position %3; it changes every signature.</source>
        <translation>%1 enthält ein unsichtbares Zeichen (U+%2) an Position %3; es verändert jede Signatur.</translation>
    </message>
    <message>
        <source>%1 file “%2” cannot be read: %3.</source>
        <translation>%1: Die Datei „%2“ kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1 file “%2” is empty: put the secret on its first line.</source>
        <translation>%1: Die Datei „%2“ ist leer; schreiben Sie den geheimen Wert in die erste Zeile.</translation>
    </message>
</context>
<context>
    <name>paylink::SecretStore</name>
    <message>
        <source>No keychain is reachable on this desktop, so passwords and tokens are kept for this session only: they are never written to disk, and you will be asked for them again after a restart. Install and unlock a Secret Service keychain (such as GNOME Keyring or KWallet) to keep them.</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund erreichbar, daher werden Passwörter und Tokens nur für diese Sitzung aufbewahrt: Diese werden nie auf die Festplatte geschrieben, und nach einem Neustart werden Sie erneut danach gefragt. Installieren und entsperren Sie einen Secret-Service-Schlüsselbund (etwa GNOME Keyring oder KWallet), um sie dauerhaft zu speichern.</translation>
    </message>
    <message>
        <source>The keychain did not give the secret back. Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat den geheimen Wert nicht zurückgegeben. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain did not store the secret. Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat den geheimen Wert nicht gespeichert. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is reachable, so the secret could not be deleted from it. Delete it when the keychain is available, or delete the entry “%1” of “%2” in the keychain by hand.</source>
        <translation>Es ist kein Schlüsselbund erreichbar, daher konnte der geheime Wert nicht daraus gelöscht werden. Löschen Sie ihn, sobald der Schlüsselbund verfügbar ist, oder löschen Sie den Eintrag „%1“ von „%2“ im Schlüsselbund von Hand.</translation>
    </message>
    <message>
        <source>The keychain did not delete the secret. Unlock the keychain and try again, or delete the entry “%1” of “%2” in the keychain by hand.</source>
        <translation>Der Schlüsselbund hat den geheimen Wert nicht gelöscht. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder löschen Sie den Eintrag „%1“ von „%2“ im Schlüsselbund von Hand.</translation>
    </message>
</context>
<context>
    <name>paylink::TransactionGuard</name>
    <message>
        <source>The database is busy or read-only; try again.</source>
        <translation>Die Datenbank ist belegt oder schreibgeschützt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Es ist keine Transaktion geöffnet.</translation>
    </message>
    <message>
        <source>The changes could not be saved (the disk may be full); nothing was written.</source>
        <translation>Die Änderungen konnten nicht gespeichert werden (eventuell ist der Datenträger voll); es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>paylink::WebLink</name>
    <message>
        <source>The link is empty.</source>
        <translation>Der Link ist leer.</translation>
    </message>
    <message>
        <source>The link is %1 bytes long; the most is %2.</source>
        <translation>Der Link ist %1 Bytes lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>The link contains a space, tab, line break or other invisible character (U+%1 at position %2).</source>
        <translation>Der Link enthält ein Leerzeichen, einen Tabulator, einen Zeilenumbruch oder ein anderes unsichtbares Zeichen (U+%1 an Position %2).</translation>
    </message>
    <message>
        <source>The link starts with “%1:”; only http:// and https:// links are used.</source>
        <translation>Der Link beginnt mit „%1:“; es werden nur Links mit http:// und https:// verwendet.</translation>
    </message>
    <message>
        <source>The link is not a web address.</source>
        <translation>Der Link ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The link has no host.</source>
        <translation>Der Link hat keinen Host.</translation>
    </message>
    <message>
        <source>The link names a user before its host (“…@%1”), which disguises where it leads.</source>
        <translation>Der Link nennt vor seinem Host einen Benutzer („…@%1“), was verschleiert, wohin er führt.</translation>
    </message>
    <message>
        <source>The link leads to %1, which is neither the portal (%2) nor one of its allowed link hosts.</source>
        <translation>Der Link führt zu %1, also weder zum Portal (%2) noch zu einem seiner erlaubten Link-Hosts.</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>keinem Host</translation>
    </message>
    <message>
        <source>“%1” is not a host name such as pay.example.com.</source>
        <translation>„%1“ ist kein Hostname wie pay.example.com.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::Bitrix24Command</name>
    <message>
        <source>Bitrix24 payments: url, sync, pay, unpay.</source>
        <translation>Bitrix24-Zahlungen: url, sync, pay, unpay.</translation>
    </message>
    <message>
        <source>Usage: paylink bitrix24 url|sync|pay|unpay [options]</source>
        <translation>Aufruf: paylink bitrix24 url|sync|pay|unpay [Optionen]</translation>
    </message>
    <message>
        <source>give a sub-command: url, sync, pay or unpay.</source>
        <translation>geben Sie einen Unterbefehl an: url, sync, pay oder unpay.</translation>
    </message>
    <message>
        <source>unknown sub-command “%1”; use url, sync, pay or unpay.</source>
        <translation>unbekannter Unterbefehl „%1“; verwenden Sie url, sync, pay oder unpay.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::Bitrix24Options</name>
    <message>
        <source>Note: the portal issued new tokens; the token file keeps the old ones, whose refresh token no longer works. Save the portal (paylink profile add bitrix24) to keep them.</source>
        <translation>Hinweis: Das Portal hat neue Tokens ausgestellt; die Token-Datei enthält noch die alten, deren Refresh-Token nicht mehr funktioniert. Speichern Sie das Portal (paylink profile add bitrix24), um sie zu behalten.</translation>
    </message>
    <message>
        <source>Warning: the new tokens could not be saved: %1</source>
        <translation>Warnung: Die neuen Tokens konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>A saved Bitrix24 portal.</source>
        <translation>Ein gespeichertes Bitrix24-Portal.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>File whose first line is the incoming-webhook URL (else $PAYLINK_BITRIX24_WEBHOOK).</source>
        <translation>Datei, deren erste Zeile die URL des eingehenden Webhooks ist (sonst $PAYLINK_BITRIX24_WEBHOOK).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The portal address, for OAuth.</source>
        <translation>Die Portaladresse, für OAuth.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A CA certificate (PEM) to trust for this portal, e.g. an on-premise portal&apos;s own CA (may repeat).</source>
        <translation>Ein CA-Zertifikat (PEM), dem für dieses Portal vertraut wird, z. B. die eigene CA eines On-Premise-Portals (mehrfach möglich).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Pace requests for an Enterprise plan (5 a second, bursts of 250) instead of 2 and 50.</source>
        <translation>Anfragen im Takt eines Enterprise-Tarifs senden (5 pro Sekunde, Spitzen bis 250) statt 2 und 50.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--profile and --%1 exclude each other: a saved portal brings its own address and secrets.</source>
        <translation>--profile und --%1 schließen einander aus: Ein gespeichertes Portal bringt seine eigene Adresse und Zugangsdaten mit.</translation>
    </message>
    <message>
        <source>--portal</source>
        <translation>--portal</translation>
    </message>
    <message>
        <source>--token-file: “%1” cannot be read: %2.</source>
        <translation>--token-file: „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The webhook URL</source>
        <translation>Die Webhook-URL</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>give --webhook-file FILE (or $PAYLINK_BITRIX24_WEBHOOK), or --portal URL and --token-file FILE.</source>
        <translation>geben Sie --webhook-file DATEI (oder $PAYLINK_BITRIX24_WEBHOOK) oder --portal URL und --token-file DATEI an.</translation>
    </message>
    <message>
        <source>--timeout is 1 to 600 seconds.</source>
        <translation>--timeout liegt zwischen 1 und 600 Sekunden.</translation>
    </message>
    <message>
        <source>JSON file with access_token, refresh_token, client_id, client_secret and oauth_server (OAuth; else $PAYLINK_BITRIX24_TOKEN).</source>
        <translation>JSON-Datei mit access_token, refresh_token, client_id, client_secret und oauth_server (OAuth; sonst $PAYLINK_BITRIX24_TOKEN).</translation>
    </message>
    <message>
        <source>OAuth needs both --portal URL and --token-file FILE (or $PAYLINK_BITRIX24_TOKEN).</source>
        <translation>OAuth braucht sowohl --portal URL als auch --token-file DATEI (oder $PAYLINK_BITRIX24_TOKEN).</translation>
    </message>
    <message>
        <source>--token-file: “%1”</source>
        <translation>--token-file: „%1“</translation>
    </message>
    <message>
        <source>%1 is not JSON (%2).</source>
        <translation>%1 ist kein JSON (%2).</translation>
    </message>
    <message>
        <source>%1: access_token is missing.</source>
        <translation>%1: access_token fehlt.</translation>
    </message>
    <message>
        <source>A host besides the portal&apos;s own that its payment links may lead to (may repeat); links to any other host are refused.</source>
        <translation>Ein Host außer dem des Portals, zu dem seine Zahlungslinks führen dürfen (mehrfach möglich); Links zu allen anderen Hosts werden abgelehnt.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Seconds one request may take, headers and body (default 30).</source>
        <translation>Sekunden, die eine einzelne Anfrage dauern darf, Header und Body zusammen (Standard 30).</translation>
    </message>
    <message>
        <source>Seconds the whole command may talk to the portal, retries and waits included (default 60, at most 86400); then it ends with exit 3.</source>
        <translation>Sekunden, die der gesamte Befehl mit dem Portal kommunizieren darf, einschließlich Wiederholungen und Wartezeiten (Standard 60, höchstens 86400); danach endet er mit Exit-Code 3.</translation>
    </message>
    <message>
        <source>--deadline is 1 to 86400 seconds.</source>
        <translation>--deadline liegt zwischen 1 und 86400 Sekunden.</translation>
    </message>
    <message>
        <source>--link-host: %1</source>
        <translation>--link-host: %1</translation>
    </message>
    <message>
        <source>--ca-file: %1</source>
        <translation>--ca-file: %1</translation>
    </message>
</context>
<context>
    <name>paylink::cli::Bitrix24PayCommand</name>
    <message>
        <source>Mark a payment paid in Bitrix24.</source>
        <translation>Eine Zahlung in Bitrix24 als bezahlt markieren.</translation>
    </message>
    <message>
        <source>Mark a payment unpaid in Bitrix24.</source>
        <translation>Eine Zahlung in Bitrix24 als unbezahlt markieren.</translation>
    </message>
    <message>
        <source>The Bitrix24 payment id.</source>
        <translation>Die Bitrix24-Zahlungs-ID.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--id N is required (a positive number).</source>
        <translation>--id N ist erforderlich (eine positive Zahl).</translation>
    </message>
    <message>
        <source>Bitrix24 did not confirm the change.</source>
        <translation>Bitrix24 hat die Änderung nicht bestätigt.</translation>
    </message>
    <message>
        <source>Warning: the local copy was not updated: %1</source>
        <translation>Warnung: Die lokale Kopie wurde nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>Payment %1 is paid in Bitrix24.</source>
        <translation>Zahlung %1 ist in Bitrix24 bezahlt.</translation>
    </message>
    <message>
        <source>Payment %1 is unpaid in Bitrix24.</source>
        <translation>Zahlung %1 ist in Bitrix24 unbezahlt.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::Bitrix24SyncCommand</name>
    <message>
        <source>Pull the payments of a deal (2) or an invoice (31) into the database.</source>
        <translation>Die Zahlungen eines Auftrags (2) oder einer Rechnung (31) in die Datenbank übernehmen.</translation>
    </message>
    <message>
        <source>2 (deal) or 31 (invoice).</source>
        <translation>2 (Auftrag) oder 31 (Rechnung).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>The deal&apos;s or invoice&apos;s id.</source>
        <translation>Die ID des Auftrags oder der Rechnung.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--entity-type is 2 (deal) or 31 (invoice).</source>
        <translation>--entity-type ist 2 (Auftrag) oder 31 (Rechnung).</translation>
    </message>
    <message>
        <source>--entity-id N is required (a positive number).</source>
        <translation>--entity-id N ist erforderlich (eine positive Zahl).</translation>
    </message>
    <message numerus="yes">
        <source>Synchronised %n payment(s).</source>
        <translation>
            <numerusform>%n Zahlung synchronisiert.</numerusform>
            <numerusform>%n Zahlungen synchronisiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::cli::Bitrix24UrlCommand</name>
    <message>
        <source>Print the public link of payments: id, url and short url.</source>
        <translation>Den öffentlichen Link von Zahlungen ausgeben: ID, URL und Kurz-URL.</translation>
    </message>
    <message>
        <source>Payment ids: N, N,N,… or A-B (through batch, 50 a call).</source>
        <translation>Zahlungs-IDs: N, N,N,… oder A-B (per Batch, 50 pro Aufruf).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Also store the links as payments.</source>
        <translation>Die Links zusätzlich als Zahlungen speichern.</translation>
    </message>
    <message>
        <source>--id is required.</source>
        <translation>--id ist erforderlich.</translation>
    </message>
    <message>
        <source>--id: %1</source>
        <translation>--id: %1</translation>
    </message>
    <message>
        <source>Note: payment %1: the portal&apos;s QR image is broken; Paylink Desk draws its own from the short link.</source>
        <translation>Hinweis: Zahlung %1: Das QR-Bild des Portals ist fehlerhaft; Paylink Desk zeichnet aus dem Kurzlink ein eigenes.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::Command</name>
    <message>
        <source>Usage: paylink &lt;command&gt; [options]</source>
        <translation>Aufruf: paylink &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Payment links and QR invoices for Bitrix24 and PayByLink, from the command line.</source>
        <translation>Zahlungslinks und QR-Rechnungen für Bitrix24 und PayByLink, über die Kommandozeile.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run “paylink &lt;command&gt; --help” for the options of a command.</source>
        <translation>Führen Sie „paylink &lt;Befehl&gt; --help“ aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Run “paylink %1 --help” for usage.</source>
        <translation>Führen Sie „paylink %1 --help“ aus, um die Aufrufsyntax zu sehen.</translation>
    </message>
    <message>
        <source>The payments database (default: %1).</source>
        <translation>Die Zahlungsdatenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>paylink: unknown command “%1”.</source>
        <translation>paylink: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Only payments with this status: draft, ready, paid, failed or expired.</source>
        <translation>Nur Zahlungen mit diesem Status: draft, ready, paid, failed oder expired.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only payments whose order, customer or e-mail contains TEXT.</source>
        <translation>Nur Zahlungen, deren Bestellung, Kunde oder E-Mail TEXT enthält.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only payments of this service: bitrix24 or paybylink.</source>
        <translation>Nur Zahlungen dieses Dienstes: bitrix24 oder paybylink.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--status “%1” is not one of draft, ready, paid, failed, expired.</source>
        <translation>--status „%1“ ist keiner der Werte draft, ready, paid, failed, expired.</translation>
    </message>
    <message>
        <source>--service “%1” is not one of bitrix24, paybylink.</source>
        <translation>--service „%1“ ist keiner der Werte bitrix24, paybylink.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 invalid data, 2 usage, 3 remote or service error (also a database another program keeps busy).</source>
        <translation>Exit-Codes: 0 Erfolg, 1 ungültige Daten, 2 falscher Aufruf, 3 Fehler der Gegenstelle oder des Dienstes (auch eine Datenbank, die ein anderes Programm belegt hält).</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ExportCommand</name>
    <message>
        <source>Write the payments to a CSV file (RFC 4180, UTF-8).</source>
        <translation>Die Zahlungen in eine CSV-Datei schreiben (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>The CSV file to write (replaced atomically).</source>
        <translation>Die zu schreibende CSV-Datei (wird atomar ersetzt).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Field delimiter: , (default) or ;.</source>
        <translation>Feldtrennzeichen: , (Standard) oder ;.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation>Die Datei mit einer UTF-8-Bytereihenfolgemarke (BOM) beginnen (für Excel).</translation>
    </message>
    <message>
        <source>Only what is sent out: orderRef, customerName, amount, currency, link, shortLink.</source>
        <translation>Nur das, was verschickt wird: orderRef, customerName, amount, currency, link, shortLink.</translation>
    </message>
    <message>
        <source>-o FILE is required.</source>
        <translation>-o DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>--delimiter “%1” is not , or ;.</source>
        <translation>--delimiter „%1“ ist weder , noch ;.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payment(s) to %1.</source>
        <translation>
            <numerusform>%n Zahlung nach %1 exportiert.</numerusform>
            <numerusform>%n Zahlungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write every value as it is. By default a value that starts with =, +, -, @, a tab or a carriage return gets a leading &apos; so that a spreadsheet shows it as text instead of running it as a formula; paylink paybylink import takes that &apos; away again.</source>
        <translation>Jeden Wert so schreiben, wie er ist. Standardmäßig erhält ein Wert, der mit =, +, -, @, einem Tabulator oder einem Wagenrücklauf beginnt, ein vorangestelltes &apos;, damit eine Tabellenkalkulation ihn als Text zeigt, statt ihn als Formel auszuführen; paylink paybylink import entfernt dieses &apos; wieder.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ImportCommand</name>
    <message>
        <source>Sign a link for every row of a CSV file and store them all in one transaction.</source>
        <translation>Für jede Zeile einer CSV-Datei einen Link signieren und alle in einer einzigen Transaktion speichern.</translation>
    </message>
    <message>
        <source>The field delimiter: “,”, “;” or “tab” (detected when not given).</source>
        <translation>Das Feldtrennzeichen: „,“, „;“ oder „tab“ (wird erkannt, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Tie a column of the file to a field (order, name, email, phone, amount, currency, description, expiry, language, gender); may repeat.</source>
        <translation>Eine Spalte der Datei einem Feld zuordnen (order, name, email, phone, amount, currency, description, expiry, language, gender); mehrfach möglich.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <translation>SPALTE=FELD</translation>
    </message>
    <message>
        <source>A constant raw parameter added to every link (may repeat).</source>
        <translation>Ein konstanter Rohparameter, der jedem Link hinzugefügt wird (mehrfach möglich).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>Check every row and report, but sign and store nothing.</source>
        <translation>Jede Zeile prüfen und berichten, aber nichts signieren oder speichern.</translation>
    </message>
    <message>
        <source>Write the rejected rows, with an error column, to this CSV file to fix and import again.</source>
        <translation>Die abgelehnten Zeilen mit einer Fehlerspalte in diese CSV-Datei schreiben, um sie zu korrigieren und erneut zu importieren.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print the time of each phase on stderr.</source>
        <translation>Die Dauer jeder Phase auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>give one CSV file to import.</source>
        <translation>geben Sie eine CSV-Datei zum Importieren an.</translation>
    </message>
    <message>
        <source>--delimiter is “,”, “;” or “tab”.</source>
        <translation>--delimiter ist „,“, „;“ oder „tab“.</translation>
    </message>
    <message>
        <source>--map “%1” is not COLUMN=FIELD with FIELD one of order, name, email, phone, amount, currency, description, expiry, language, gender.</source>
        <translation>--map „%1“ hat nicht die Form SPALTE=FELD mit FELD aus order, name, email, phone, amount, currency, description, expiry, language, gender.</translation>
    </message>
    <message>
        <source>--map gives the field %1 twice (“%2” and “%3”).</source>
        <translation>--map gibt das Feld %1 zweimal an („%2“ und „%3“).</translation>
    </message>
    <message>
        <source>--param “%1” is not NAME=VALUE.</source>
        <translation>--param „%1“ hat nicht die Form NAME=WERT.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>dry run: would import %1, rejected %2</source>
        <translation>Probelauf: würde %1 importieren, %2 abgelehnt</translation>
    </message>
    <message>
        <source>imported %1, rejected %2</source>
        <translation>%1 importiert, %2 abgelehnt</translation>
    </message>
    <message>
        <source>No row was valid; nothing was written.</source>
        <translation>Keine Zeile war gültig; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Import batch %1 (paylink list shows its payments).</source>
        <translation>Import %1 (paylink list zeigt seine Zahlungen).</translation>
    </message>
    <message>
        <source>parse %1 ms, check %2 ms, sign %3 ms (summed over the signing threads), write %4 ms, index %5 ms, commit %6 ms, total %7 ms</source>
        <translation>Einlesen %1 ms, Prüfen %2 ms, Signieren %3 ms (summiert über die Signier-Threads), Schreiben %4 ms, Indizieren %5 ms, Commit %6 ms, gesamt %7 ms</translation>
    </message>
    <message>
        <source>When another program is writing to the database, wait up to this many seconds for it (default 120), saying so on stderr; then give up with nothing written.</source>
        <translation>Wenn ein anderes Programm in die Datenbank schreibt, bis zu so viele Sekunden darauf warten (Standard 120) und dies auf stderr melden; danach aufgeben, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>--wait is a number of seconds from 0 to 86400.</source>
        <translation>--wait liegt zwischen 0 und 86400 Sekunden.</translation>
    </message>
    <message>
        <source>waiting for another import (or another writer) to finish…</source>
        <translation>warte, bis ein anderer Import (oder ein anderes schreibendes Programm) fertig ist…</translation>
    </message>
</context>
<context>
    <name>paylink::cli::InvoicesCommand</name>
    <message>
        <source>Write one PDF with a QR invoice per payment.</source>
        <translation>Eine PDF-Datei mit einer QR-Rechnung pro Zahlung schreiben.</translation>
    </message>
    <message>
        <source>Local ids of the payments, with commas.</source>
        <translation>Lokale IDs der Zahlungen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>N,...</source>
        <translation>N,...</translation>
    </message>
    <message>
        <source>Every payment (or every one matching --status, --search, --service).</source>
        <translation>Alle Zahlungen (oder alle, die --status, --search, --service entsprechen).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Paper: A4 (default) or Letter.</source>
        <translation>Papier: A4 (Standard) oder Letter.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Invoices a page: 1 (default), 2, 4 or 8 as labels.</source>
        <translation>Rechnungen pro Seite: 1 (Standard), 2, 4 oder 8 als Etiketten.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>give either --ids N,... or --all.</source>
        <translation>geben Sie entweder --ids N,... oder --all an.</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required.</source>
        <translation>-o DATEI.pdf ist erforderlich.</translation>
    </message>
    <message>
        <source>--page “%1” is not A4 or Letter.</source>
        <translation>--page „%1“ ist weder A4 noch Letter.</translation>
    </message>
    <message>
        <source>--per-page “%1” is not 1, 2, 4 or 8.</source>
        <translation>--per-page „%1“ ist nicht 1, 2, 4 oder 8.</translation>
    </message>
    <message>
        <source>--ids “%1” is not a payment id (a whole number from 1).</source>
        <translation>--ids „%1“ ist keine Zahlungs-ID (eine ganze Zahl ab 1).</translation>
    </message>
    <message>
        <source>payment %1: no payment has this id</source>
        <translation>Zahlung %1: Es gibt keine Zahlung mit dieser ID</translation>
    </message>
    <message>
        <source>payment %1: %2</source>
        <translation>Zahlung %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n invoice(s) to %1</source>
        <translation>
            <numerusform>%n Rechnung nach %1 geschrieben</numerusform>
            <numerusform>%n Rechnungen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s)).</source>
        <translation>
            <numerusform>(%n Seite).</numerusform>
            <numerusform>(%n Seiten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::cli::ListCommand</name>
    <message>
        <source>List the payments in the database.</source>
        <translation>Die Zahlungen in der Datenbank auflisten.</translation>
    </message>
    <message>
        <source>Print a JSON array of payment objects.</source>
        <translation>Ein JSON-Array von Zahlungsobjekten ausgeben.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::MarkPaidCommand</name>
    <message>
        <source>Mark payments as paid by hand.</source>
        <translation>Zahlungen von Hand als bezahlt markieren.</translation>
    </message>
    <message>
        <source>Mark paid payments as not paid (back to ready, or draft without a link).</source>
        <translation>Bezahlte Zahlungen als nicht bezahlt markieren (zurück auf ready bzw. auf draft, wenn kein Link vorhanden ist).</translation>
    </message>
    <message>
        <source>Local id of the payment, as `list` prints it; several with commas.</source>
        <translation>Lokale ID der Zahlung, wie `list` sie ausgibt; mehrere durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--id N is required.</source>
        <translation>--id N ist erforderlich.</translation>
    </message>
    <message>
        <source>--id “%1” is not a payment id (a whole number from 1).</source>
        <translation>--id „%1“ ist keine Zahlungs-ID (eine ganze Zahl ab 1).</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n payment(s) paid.</source>
        <translation>
            <numerusform>%n Zahlung als bezahlt markiert.</numerusform>
            <numerusform>%n Zahlungen als bezahlt markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n payment(s) unpaid.</source>
        <translation>
            <numerusform>%n Zahlung als unbezahlt markiert.</numerusform>
            <numerusform>%n Zahlungen als unbezahlt markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::cli::PayByLinkCommand</name>
    <message>
        <source>PayByLink links: sign, import.</source>
        <translation>PayByLink-Links: sign, import.</translation>
    </message>
    <message>
        <source>Usage: paylink paybylink sign|import [options]</source>
        <translation>Aufruf: paylink paybylink sign|import [Optionen]</translation>
    </message>
    <message>
        <source>give a sub-command: sign or import.</source>
        <translation>geben Sie einen Unterbefehl an: sign oder import.</translation>
    </message>
    <message>
        <source>unknown sub-command “%1”; use sign or import.</source>
        <translation>unbekannter Unterbefehl „%1“; verwenden Sie sign oder import.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::PayByLinkOptions</name>
    <message>
        <source>A saved PayByLink profile.</source>
        <translation>Ein gespeichertes PayByLink-Profil.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The entity key (a GUID).</source>
        <translation>Der Entitätsschlüssel (eine GUID).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>The API user name (parameter u).</source>
        <translation>Der API-Benutzername (Parameter u).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>File whose first line is the API password (else $PAYLINK_PASSWORD).</source>
        <translation>Datei, deren erste Zeile das API-Passwort ist (sonst $PAYLINK_PASSWORD).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Production instead of the test system.</source>
        <translation>Produktion statt des Testsystems.</translation>
    </message>
    <message>
        <source>A mandate link instead of a payment link.</source>
        <translation>Ein Mandatslink statt eines Zahlungslinks.</translation>
    </message>
    <message>
        <source>Mapping template.</source>
        <translation>Mapping-Vorlage.</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <source>URL shown when the link has expired.</source>
        <translation>URL, die angezeigt wird, wenn der Link abgelaufen ist.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>URL shown when an error occurs.</source>
        <translation>URL, die angezeigt wird, wenn ein Fehler auftritt.</translation>
    </message>
    <message>
        <source>64 (default, safest) or 10.</source>
        <translation>64 (Standard, am sichersten) oder 10.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Also make the spbl.eu short alias (production; not confirmed by a published vector).</source>
        <translation>Zusätzlich den spbl.eu-Kurz-Alias erzeugen (Produktion; nicht durch einen veröffentlichten Testvektor bestätigt).</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Das Passwort</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>$PAYLINK_PASSWORD</source>
        <translation>$PAYLINK_PASSWORD</translation>
    </message>
    <message>
        <source>--hash-length is 10 or 64.</source>
        <translation>--hash-length ist 10 oder 64.</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --profile; edit the profile instead.</source>
        <translation>--%1 kann nicht mit --profile kombiniert werden; bearbeiten Sie stattdessen das Profil.</translation>
    </message>
    <message>
        <source>its password is not in the keychain</source>
        <translation>sein Passwort ist nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>no keychain is reachable, so its password is not available</source>
        <translation>es ist kein Schlüsselbund erreichbar, daher ist sein Passwort nicht verfügbar</translation>
    </message>
    <message>
        <source>Profile “%1”: %2. Give --password-file FILE or set $PAYLINK_PASSWORD.</source>
        <translation>Profil „%1“: %2. Geben Sie --password-file DATEI an oder setzen Sie $PAYLINK_PASSWORD.</translation>
    </message>
    <message>
        <source>--entity-key KEY is required without --profile.</source>
        <translation>--entity-key SCHLÜSSEL ist ohne --profile erforderlich.</translation>
    </message>
    <message>
        <source>--user USER is required without --profile.</source>
        <translation>--user BENUTZER ist ohne --profile erforderlich.</translation>
    </message>
    <message>
        <source>the password is missing: give --password-file FILE or set $PAYLINK_PASSWORD (never on the command line).</source>
        <translation>das Passwort fehlt: Geben Sie --password-file DATEI an oder setzen Sie $PAYLINK_PASSWORD (niemals auf der Kommandozeile).</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ProfileAddCommand</name>
    <message>
        <source>The parameter mapping in URL order, e.g. language=L,currency=C,amount=A,expiry=Ex,order=Or (fields not listed are left out of links).</source>
        <translation>Die Parameterzuordnung in URL-Reihenfolge, z. B. language=L,currency=C,amount=A,expiry=Ex,order=Or (nicht aufgeführte Felder werden in Links weggelassen).</translation>
    </message>
    <message>
        <source>FIELD=PARAM,...</source>
        <translation>FELD=PARAM,...</translation>
    </message>
    <message>
        <source>How amounts are written in links: comma (28,50, default), point (28.50) or minor (2850).</source>
        <translation>Wie Beträge in Links geschrieben werden: comma (28,50, Standard), point (28.50) oder minor (2850).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>How dates are written in links: dashed (2016-02-29, default) or compact (20160229).</source>
        <translation>Wie Datumsangaben in Links geschrieben werden: dashed (2016-02-29, Standard) oder compact (20160229).</translation>
    </message>
    <message>
        <source>Default currency when a payment gives none (EUR).</source>
        <translation>Standardwährung, wenn eine Zahlung keine angibt (EUR).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>give the service and a name: profile add paybylink NAME.</source>
        <translation>geben Sie den Dienst und einen Namen an: profile add paybylink NAME.</translation>
    </message>
    <message>
        <source>unknown service “%1”; it is paybylink or bitrix24.</source>
        <translation>unbekannter Dienst „%1“; möglich sind paybylink oder bitrix24.</translation>
    </message>
    <message>
        <source>--entity-key KEY is required.</source>
        <translation>--entity-key SCHLÜSSEL ist erforderlich.</translation>
    </message>
    <message>
        <source>--user USER is required.</source>
        <translation>--user BENUTZER ist erforderlich.</translation>
    </message>
    <message>
        <source>--mapping: “%1” is not FIELD=PARAM with FIELD one of order, amount, currency, name, email, phone, description, expiry, language, gender.</source>
        <translation>--mapping: „%1“ hat nicht die Form FELD=PARAM mit FELD aus order, amount, currency, name, email, phone, description, expiry, language, gender.</translation>
    </message>
    <message>
        <source>--amount-format is comma, point or minor.</source>
        <translation>--amount-format ist comma, point oder minor.</translation>
    </message>
    <message>
        <source>--date-format is dashed or compact.</source>
        <translation>--date-format ist dashed oder compact.</translation>
    </message>
    <message>
        <source>the password is missing: give --password-file FILE or set $PAYLINK_PASSWORD (never on the command line).</source>
        <translation>das Passwort fehlt: Geben Sie --password-file DATEI an oder setzen Sie $PAYLINK_PASSWORD (niemals auf der Kommandozeile).</translation>
    </message>
    <message>
        <source>Added PayByLink profile “%1” (%2).</source>
        <translation>PayByLink-Profil „%1“ hinzugefügt (%2).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Give --password-file or $PAYLINK_PASSWORD when you sign with this profile.</source>
        <translation>Geben Sie --password-file oder $PAYLINK_PASSWORD an, wenn Sie mit diesem Profil signieren.</translation>
    </message>
    <message>
        <source>Added Bitrix24 portal “%1”: %2.</source>
        <translation>Bitrix24-Portal „%1“ hinzugefügt: %2.</translation>
    </message>
    <message>
        <source>Add a profile: paylink profile add paybylink NAME --entity-key KEY --user USER [--password-file F] …, or paylink profile add bitrix24 NAME (--webhook-file F | --portal URL --token-file F) [--ca-file PEM] [--link-host HOST]</source>
        <translation>Ein Profil hinzufügen: paylink profile add paybylink NAME --entity-key SCHLÜSSEL --user BENUTZER [--password-file D] …, oder paylink profile add bitrix24 NAME (--webhook-file D | --portal URL --token-file D) [--ca-file PEM] [--link-host HOST]</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ProfileCommand</name>
    <message>
        <source>Profiles: add, list, remove.</source>
        <translation>Profile: add, list, remove.</translation>
    </message>
    <message>
        <source>Usage: paylink profile add|list|remove [options]</source>
        <translation>Aufruf: paylink profile add|list|remove [Optionen]</translation>
    </message>
    <message>
        <source>give a sub-command: add, list or remove.</source>
        <translation>geben Sie einen Unterbefehl an: add, list oder remove.</translation>
    </message>
    <message>
        <source>unknown sub-command “%1”; use add, list or remove.</source>
        <translation>unbekannter Unterbefehl „%1“; verwenden Sie add, list oder remove.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ProfileListCommand</name>
    <message>
        <source>List the saved profiles (never a secret).</source>
        <translation>Die gespeicherten Profile auflisten (niemals Zugangsdaten).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ProfileRemoveCommand</name>
    <message>
        <source>Remove a profile and its keychain entries; its payments stay.</source>
        <translation>Ein Profil und seine Schlüsselbund-Einträge entfernen; seine Zahlungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Remove the profile even when its keychain entry cannot be deleted now (the message says what is left behind).</source>
        <translation>Das Profil auch dann entfernen, wenn sein Schlüsselbund-Eintrag gerade nicht gelöscht werden kann (die Meldung sagt, was zurückbleibt).</translation>
    </message>
    <message>
        <source>give the name of the profile to remove.</source>
        <translation>geben Sie den Namen des zu entfernenden Profils an.</translation>
    </message>
    <message>
        <source>Removed portal “%1” and its keychain entries; its payments stay.</source>
        <translation>Portal „%1“ und seine Schlüsselbund-Einträge entfernt; seine Zahlungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Removed profile “%1” and its keychain entry; its payments stay.</source>
        <translation>Profil „%1“ und sein Schlüsselbund-Eintrag entfernt; seine Zahlungen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::QrCommand</name>
    <message>
        <source>Write TEXT as a QR code to a PNG, SVG or PDF file.</source>
        <translation>TEXT als QR-Code in eine PNG-, SVG- oder PDF-Datei schreiben.</translation>
    </message>
    <message>
        <source>The text to encode, exactly as UTF-8 bytes.</source>
        <translation>Der zu codierende Text, genau als UTF-8-Bytes.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Die zu schreibende Datei: .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Error correction level: L, M (default), Q or H.</source>
        <translation>Fehlerkorrekturstufe: L, M (Standard), Q oder H.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>Pixels a module in a PNG (default 10); with --dpi it sets the printed size of every format.</source>
        <translation>Pixel pro Modul in einer PNG-Datei (Standard 10); mit --dpi legt es die Druckgröße jedes Formats fest.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (default 300).</source>
        <translation>Auflösung in Punkten pro Zoll (Standard 300).</translation>
    </message>
    <message>
        <source>Decode the written file with an independent decoder and fail unless it carries exactly TEXT.</source>
        <translation>Die geschriebene Datei mit einem unabhängigen Decoder decodieren und fehlschlagen, wenn sie nicht genau TEXT enthält.</translation>
    </message>
    <message>
        <source>Quiet zone in modules (default 4; scanners need 4).</source>
        <translation>Ruhezone in Modulen (Standard 4; Scanner benötigen 4).</translation>
    </message>
    <message>
        <source>MODULES</source>
        <translation>MODULE</translation>
    </message>
    <message>
        <source>give exactly one TEXT to encode.</source>
        <translation>geben Sie genau einen TEXT zum Codieren an.</translation>
    </message>
    <message>
        <source>-o FILE is required.</source>
        <translation>-o DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>-o “%1” must end in .png, .svg or .pdf.</source>
        <translation>-o „%1“ muss auf .png, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <source>--ecc “%1” is not one of L, M, Q, H.</source>
        <translation>--ecc „%1“ ist keiner der Werte L, M, Q, H.</translation>
    </message>
    <message>
        <source>--module-px takes a whole number from 1 to 100.</source>
        <translation>--module-px erwartet eine ganze Zahl von 1 bis 100.</translation>
    </message>
    <message>
        <source>--dpi takes a whole number from 72 to 4800.</source>
        <translation>--dpi erwartet eine ganze Zahl von 72 bis 4800.</translation>
    </message>
    <message>
        <source>--margin takes a whole number from 0 to 40.</source>
        <translation>--margin erwartet eine ganze Zahl von 0 bis 40.</translation>
    </message>
    <message>
        <source>Wrote %1: version %2, %3×%3 modules, %4 mm a module, %5 mm wide.</source>
        <translation>%1 geschrieben: Version %2, %3×%3 Module, %4 mm pro Modul, %5 mm breit.</translation>
    </message>
    <message>
        <source>Verified: the file scans to exactly the text given.</source>
        <translation>Geprüft: Die Datei ergibt beim Scannen genau den angegebenen Text.</translation>
    </message>
    <message>
        <source>Warning: a quiet zone under 4 modules makes printed codes hard to scan.</source>
        <translation>Warnung: Eine Ruhezone unter 4 Modulen macht gedruckte Codes schwer scannbar.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::SignCommand</name>
    <message>
        <source>Sign a PayByLink createUrl link locally and print it.</source>
        <translation>Einen PayByLink-createUrl-Link lokal signieren und ausgeben.</translation>
    </message>
    <message>
        <source>A raw parameter, taken verbatim (may repeat; kept in order).</source>
        <translation>Ein Rohparameter, unverändert übernommen (mehrfach möglich; Reihenfolge bleibt erhalten).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>Also store the link as a payment.</source>
        <translation>Den Link zusätzlich als Zahlung speichern.</translation>
    </message>
    <message>
        <source>Print a JSON object with url and hash.</source>
        <translation>Ein JSON-Objekt mit url und hash ausgeben.</translation>
    </message>
    <message>
        <source>Typed %1, through the profile&apos;s parameter mapping.</source>
        <translation>Wert für das Feld „%1“, über die Parameterzuordnung des Profils.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>--%1 needs --profile (its parameter mapping); without a profile give raw parameters with --param.</source>
        <translation>--%1 benötigt --profile (wegen dessen Parameterzuordnung); geben Sie ohne Profil Rohparameter mit --param an.</translation>
    </message>
    <message>
        <source>--param “%1” has no “=”: write NAME=VALUE.</source>
        <translation>--param „%1“ hat kein „=“: Schreiben Sie NAME=WERT.</translation>
    </message>
    <message>
        <source>--param “%1” has no name before “=”.</source>
        <translation>--param „%1“ hat keinen Namen vor dem „=“.</translation>
    </message>
    <message>
        <source>Note: the spbl.eu short alias is not confirmed by a published vector.</source>
        <translation>Hinweis: Der spbl.eu-Kurz-Alias ist nicht durch einen veröffentlichten Testvektor bestätigt.</translation>
    </message>
    <message>
        <source>--save: C=%1 is not an ISO 4217 currency.</source>
        <translation>--save: C=%1 ist keine ISO-4217-Währung.</translation>
    </message>
    <message>
        <source>--order “%1” already has a payment in profile “%2”; nothing was saved. Re-issue that payment instead, or use another order reference.</source>
        <translation>--order „%1“ hat bereits eine Zahlung im Profil „%2“; es wurde nichts gespeichert. Stellen Sie stattdessen diese Zahlung neu aus oder verwenden Sie eine andere Bestellreferenz.</translation>
    </message>
    <message>
        <source>Saved as payment %1.</source>
        <translation>Als Zahlung %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::VerifyCommand</name>
    <message>
        <source>Read the QR codes of a PNG, SVG or PDF back and check what they carry.</source>
        <translation>Die QR-Codes einer PNG-, SVG- oder PDF-Datei einlesen und prüfen, was sie enthalten.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>Die zu lesende Datei.</translation>
    </message>
    <message>
        <source>Fail unless the file holds exactly one code carrying exactly TEXT.</source>
        <translation>Fehlschlagen, wenn die Datei nicht genau einen Code mit genau TEXT enthält.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Page of a PDF, from 1 (default 1).</source>
        <translation>Seite einer PDF-Datei, ab 1 (Standard 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>give exactly one FILE.</source>
        <translation>geben Sie genau eine DATEI an.</translation>
    </message>
    <message>
        <source>--page takes a whole number from 1.</source>
        <translation>--page erwartet eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>Verified: the file scans to exactly the text expected.</source>
        <translation>Geprüft: Die Datei ergibt beim Scannen genau den erwarteten Text.</translation>
    </message>
    <message>
        <source>No QR code could be read from this file.</source>
        <translation>Aus dieser Datei konnte kein QR-Code gelesen werden.</translation>
    </message>
    <message>
        <source>The page does not carry exactly the expected text.</source>
        <translation>Die Seite enthält nicht genau den erwarteten Text.</translation>
    </message>
</context>
</TS>
