<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Print QR invoices</source>
        <translation>QR-facturen afdrukken</translation>
    </message>
    <message>
        <source>Invoices for</source>
        <translation>Facturen voor</translation>
    </message>
    <message>
        <source>the &amp;selected payments</source>
        <translation>de ge&amp;selecteerde betalingen</translation>
    </message>
    <message>
        <source>every payment in the current &amp;view</source>
        <translation>elke betaling in de huidige &amp;weergave</translation>
    </message>
    <message>
        <source>Invoices a &amp;page:</source>
        <translation>Facturen per pa&amp;gina:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier:</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Order reference:</source>
        <translation>&amp;Orderreferentie:</translation>
    </message>
    <message>
        <source>e.g. INV-2026-0017</source>
        <translation>bijv. INV-2026-0017</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <source>e.g. 28.50</source>
        <translation>bijv. 28,50</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Om&amp;schrijving:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>e.g. nl-NL</source>
        <translation>bijv. nl-NL</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>&amp;Vervaldatum:</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vervalt op</translation>
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
        <translation>Korte li&amp;nk:</translation>
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
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <source>&amp;Merchant name:</source>
        <translation>Bedrijfs&amp;naam:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Adr&amp;es:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>PNG or SVG file for invoices (optional)</source>
        <translation>PNG- of SVG-bestand voor facturen (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language applies the next time Paylink Desk starts.</source>
        <translation>Een nieuwe taal wordt actief bij de volgende start van Paylink Desk.</translation>
    </message>
    <message>
        <source>&amp;QR codes</source>
        <translation>&amp;QR-codes</translation>
    </message>
    <message>
        <source>&amp;Error correction:</source>
        <translation>&amp;Foutcorrectie:</translation>
    </message>
    <message>
        <source>Printed &amp;size:</source>
        <translation>Afgedrukte &amp;grootte:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;Quiet zone:</source>
        <translation>&amp;Witrand:</translation>
    </message>
    <message>
        <source> modules</source>
        <translation> modules</translation>
    </message>
    <message>
        <source>&amp;Foreground:</source>
        <translation>&amp;Voorgrond:</translation>
    </message>
    <message>
        <source>Bac&amp;kground:</source>
        <translation>Ac&amp;htergrond:</translation>
    </message>
    <message>
        <source>&amp;Bitrix24 and network</source>
        <translation>&amp;Bitrix24 en netwerk</translation>
    </message>
    <message>
        <source>Bitrix24 &amp;plan:</source>
        <translation>Bitrix24-abonne&amp;ment:</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CAs:</source>
        <translation>Extra vertrouwde &amp;CA&apos;s:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>T&amp;oevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>For on-premise portals signed by a private certificate authority. Certificate checks are never switched off.</source>
        <translation>Voor on-premise portalen die zijn ondertekend door een eigen certificeringsinstantie. Certificaatcontroles worden nooit uitgeschakeld.</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Show the text</source>
        <translation>Tekst tonen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Save exactly as typed?</source>
        <translation>Precies zo opslaan als getypt?</translation>
    </message>
    <message>
        <source>Save as Typed</source>
        <translation>Opslaan zoals getypt</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Payment links and QR invoices.</source>
        <translation>Betaallinks en QR-facturen.</translation>
    </message>
    <message>
        <source>The payments database (default: %1).</source>
        <translation>De betalingendatabase (standaard: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PAD</translation>
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
        <translation>Het portaaladres</translation>
    </message>
    <message>
        <source>%1 is not a web address; copy it from the browser, e.g. https://yourcompany.bitrix24.com.</source>
        <translation>%1 is geen webadres; kopieer het uit de browser, bijv. https://uwbedrijf.bitrix24.com.</translation>
    </message>
    <message>
        <source>%1 starts with http://: Paylink Desk talks to Bitrix24 over HTTPS only. Use the https:// address.</source>
        <translation>%1 begint met http://: Paylink Desk communiceert met Bitrix24 alleen via HTTPS. Gebruik het https://-adres.</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 moet beginnen met https://.</translation>
    </message>
    <message>
        <source>The webhook URL</source>
        <translation>De webhook-URL</translation>
    </message>
    <message>
        <source>The webhook URL does not look like https://yourcompany.bitrix24.com/rest/1/abc123/: copy the whole “Webhook to call REST API” from the Bitrix24 webhook page.</source>
        <translation>De webhook-URL lijkt niet op https://uwbedrijf.bitrix24.com/rest/1/abc123/: kopieer de volledige “Webhook to call REST API” van de webhookpagina in Bitrix24.</translation>
    </message>
    <message>
        <source>keeping to the portal&apos;s request rate</source>
        <translation>de aanvraaglimiet van het portaal wordt gerespecteerd</translation>
    </message>
    <message>
        <source>Bitrix24 asked to slow down</source>
        <translation>Bitrix24 vroeg om het tempo te verlagen</translation>
    </message>
    <message>
        <source>Bitrix24 paused this method until its time limit resets</source>
        <translation>Bitrix24 heeft deze methode gepauzeerd tot de tijdslimiet is verstreken</translation>
    </message>
    <message>
        <source>Bitrix24 did not answer properly</source>
        <translation>Bitrix24 gaf geen correct antwoord</translation>
    </message>
</context>
<context>
    <name>paylink::Bitrix24Controller</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>nog ongeveer %n seconde</numerusform>
            <numerusform>nog ongeveer %n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>nog ongeveer %n minuut</numerusform>
            <numerusform>nog ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Portals…</source>
        <translation>&amp;Portalen…</translation>
    </message>
    <message>
        <source>&amp;Get Bitrix24 links…</source>
        <translation>Bitrix24-links &amp;ophalen…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Fetch the public links of Bitrix24 payments: one id, a list or a range.</source>
        <translation>De openbare links van Bitrix24-betalingen ophalen: één id, een lijst of een reeks.</translation>
    </message>
    <message>
        <source>&amp;Sync payments of a deal or invoice…</source>
        <translation>Betalingen van deal of factuur &amp;synchroniseren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Mark paid in &amp;Bitrix24</source>
        <translation>Als betaald markeren in B&amp;itrix24</translation>
    </message>
    <message>
        <source>Mark unpaid in B&amp;itrix24</source>
        <translation>Als onbetaald markeren in Bit&amp;rix24</translation>
    </message>
    <message>
        <source>Re&amp;fresh Bitrix24 link</source>
        <translation>Bitrix24-link ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Only for Bitrix24 payments fetched through a saved portal.</source>
        <translation>Alleen voor Bitrix24-betalingen die via een opgeslagen portaal zijn opgehaald.</translation>
    </message>
    <message>
        <source>Remove the portal “%1” and its secrets from the keychain? Its payments stay.</source>
        <translation>Het portaal “%1” en de bijbehorende geheimen uit de sleutelbos verwijderen? De betalingen blijven bewaard.</translation>
    </message>
    <message>
        <source>Bitrix24 portals</source>
        <translation>Bitrix24-portalen</translation>
    </message>
    <message>
        <source>The portal&apos;s new tokens could not be saved: %1</source>
        <translation>De nieuwe tokens van het portaal konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The portal “%1” has moved to an address that is not https; nothing was sent there.</source>
        <translation>Het portaal “%1” is verhuisd naar een adres dat geen https gebruikt; er is niets naartoe gestuurd.</translation>
    </message>
    <message>
        <source>Portal moved</source>
        <translation>Portaal verhuisd</translation>
    </message>
    <message>
        <source>The portal “%1” answers from %2 now. Nothing was sent there. Update the saved address?</source>
        <translation>Het portaal “%1” antwoordt nu vanaf %2. Er is niets naartoe gestuurd. Het opgeslagen adres bijwerken?</translation>
    </message>
    <message>
        <source>The portal “%1” now uses %2.</source>
        <translation>Het portaal “%1” gebruikt nu %2.</translation>
    </message>
    <message>
        <source>The portal&apos;s secrets are missing.</source>
        <translation>De geheimen van het portaal ontbreken.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Get Bitrix24 links</source>
        <translation>Bitrix24-links ophalen</translation>
    </message>
    <message>
        <source>No Bitrix24 portal is saved yet. Add one now?</source>
        <translation>Er is nog geen Bitrix24-portaal opgeslagen. Nu een toevoegen?</translation>
    </message>
    <message>
        <source>1063, or 1063,1064, or 1000-1099</source>
        <translation>1063, of 1063,1064, of 1000-1099</translation>
    </message>
    <message>
        <source>&amp;Get links</source>
        <translation>Links &amp;ophalen</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portaal:</translation>
    </message>
    <message>
        <source>Payment &amp;ids:</source>
        <translation>Betalings-&amp;id&apos;s:</translation>
    </message>
    <message>
        <source>Payment ids: %1</source>
        <translation>Betalings-id&apos;s: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n betaling</numerusform>
            <numerusform>%n betalingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to the portal</source>
        <translation>
            <numerusform>%n aanvraag aan het portaal</numerusform>
            <numerusform>%n aanvragen aan het portaal</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the portal…</source>
        <translation>Portaal wordt bevraagd…</translation>
    </message>
    <message>
        <source>%1 of %2 links · %3</source>
        <translation>%1 van %2 links · %3</translation>
    </message>
    <message>
        <source>%1 of %2 links</source>
        <translation>%1 van %2 links</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) saved.</source>
        <translation>
            <numerusform>%n link opgeslagen.</numerusform>
            <numerusform>%n links opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the rest was not asked for.</source>
        <translation>Geannuleerd: de rest is niet opgevraagd.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed:</source>
        <translation>
            <numerusform>%n mislukt:</numerusform>
            <numerusform>%n mislukt:</numerusform>
        </translation>
    </message>
    <message>
        <source>No Bitrix24 portal is saved yet: add one under Bitrix24 ▸ Portals.</source>
        <translation>Er is nog geen Bitrix24-portaal opgeslagen: voeg er een toe via Bitrix24 ▸ Portalen.</translation>
    </message>
    <message>
        <source>Sync Bitrix24 payments</source>
        <translation>Bitrix24-betalingen synchroniseren</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniseren</translation>
    </message>
    <message>
        <source>&amp;Of a:</source>
        <translation>&amp;Van een:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message numerus="yes">
        <source>Synchronised %n payment(s).</source>
        <translation>
            <numerusform>%n betaling gesynchroniseerd.</numerusform>
            <numerusform>%n betalingen gesynchroniseerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a payment of a saved Bitrix24 portal</source>
        <translation>%1: geen betaling van een opgeslagen Bitrix24-portaal</translation>
    </message>
    <message>
        <source>%1: Bitrix24 did not confirm the change.</source>
        <translation>%1: Bitrix24 heeft de wijziging niet bevestigd.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) marked paid in Bitrix24.</source>
        <translation>
            <numerusform>%n betaling als betaald gemarkeerd in Bitrix24.</numerusform>
            <numerusform>%n betalingen als betaald gemarkeerd in Bitrix24.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) marked unpaid in Bitrix24.</source>
        <translation>
            <numerusform>%n betaling als onbetaald gemarkeerd in Bitrix24.</numerusform>
            <numerusform>%n betalingen als onbetaald gemarkeerd in Bitrix24.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) refreshed.</source>
        <translation>
            <numerusform>%n link vernieuwd.</numerusform>
            <numerusform>%n links vernieuwd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::Bitrix24Error</name>
    <message>
        <source>Bitrix24 has no payment with this id: check the id in the deal or invoice.</source>
        <translation>Bitrix24 heeft geen betaling met dit id: controleer het id in de deal of factuur.</translation>
    </message>
    <message>
        <source>Bitrix24 says a required value is missing or has the wrong type (the payment id must be a whole number).</source>
        <translation>Volgens Bitrix24 ontbreekt een verplichte waarde of heeft die het verkeerde type (het betalings-id moet een geheel getal zijn).</translation>
    </message>
    <message>
        <source>Bitrix24 kept refusing requests because too many were sent; wait a minute and try again.</source>
        <translation>Bitrix24 bleef aanvragen weigeren omdat er te veel werden verstuurd; wacht een minuut en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Bitrix24 has paused this method for this webhook or app for up to ten minutes because it used too much time; try again later.</source>
        <translation>Bitrix24 heeft deze methode voor deze webhook of app tot tien minuten gepauzeerd omdat er te veel tijd werd gebruikt; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Bitrix24 support has blocked the REST API of this portal because of overload. Contact Bitrix24 support; retrying does not help.</source>
        <translation>De Bitrix24-support heeft de REST API van dit portaal geblokkeerd wegens overbelasting. Neem contact op met de Bitrix24-support; opnieuw proberen helpt niet.</translation>
    </message>
    <message>
        <source>The Bitrix24 access token is no longer valid and could not be renewed; connect the portal again.</source>
        <translation>Het Bitrix24-toegangstoken is niet meer geldig en kon niet worden vernieuwd; verbind het portaal opnieuw.</translation>
    </message>
    <message>
        <source>Bitrix24 did not accept the webhook or token: check the webhook URL in the portal settings (it may have been deleted or regenerated).</source>
        <translation>Bitrix24 heeft de webhook of het token niet geaccepteerd: controleer de webhook-URL in de portaalinstellingen (mogelijk is die verwijderd of opnieuw gegenereerd).</translation>
    </message>
    <message>
        <source>The webhook or app lacks a permission: give it the “salescenter” and “crm” scopes in Bitrix24, then try again.</source>
        <translation>De webhook of app mist een recht: geef deze in Bitrix24 de scopes “salescenter” en “crm” en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The Bitrix24 user of this webhook or app may not do this: check that user&apos;s rights in Bitrix24.</source>
        <translation>De Bitrix24-gebruiker van deze webhook of app mag dit niet doen: controleer de rechten van die gebruiker in Bitrix24.</translation>
    </message>
    <message>
        <source>This Bitrix24 plan has no REST API; it is available on commercial plans.</source>
        <translation>Dit Bitrix24-abonnement heeft geen REST API; die is beschikbaar in de betaalde abonnementen.</translation>
    </message>
    <message>
        <source>This Bitrix24 portal does not know the method; its version may be too old or the Sales Center may be off.</source>
        <translation>Dit Bitrix24-portaal kent de methode niet; mogelijk is de versie te oud of staat het Sales Center uit.</translation>
    </message>
    <message>
        <source>Bitrix24 requires HTTPS: use an https:// address for the portal.</source>
        <translation>Bitrix24 vereist HTTPS: gebruik een https://-adres voor het portaal.</translation>
    </message>
    <message>
        <source>Bitrix24 does not allow this method inside a batch.</source>
        <translation>Bitrix24 staat deze methode niet toe binnen een batch.</translation>
    </message>
    <message>
        <source>Bitrix24 refused a batch of more than 50 commands.</source>
        <translation>Bitrix24 heeft een batch van meer dan 50 opdrachten geweigerd.</translation>
    </message>
    <message>
        <source>The Bitrix24 portal had an internal error; try again in a few minutes.</source>
        <translation>Er is een interne fout opgetreden in het Bitrix24-portaal; probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>This Bitrix24 portal was deleted or closed.</source>
        <translation>Dit Bitrix24-portaal is verwijderd of gesloten.</translation>
    </message>
    <message>
        <source>The Bitrix24 portal has moved to %1. Check the new address and update the portal; nothing was sent to it.</source>
        <translation>Het Bitrix24-portaal is verhuisd naar %1. Controleer het nieuwe adres en werk het portaal bij; er is niets naartoe gestuurd.</translation>
    </message>
    <message>
        <source>Bitrix24 could not be reached: check the internet connection and the portal address.</source>
        <translation>Bitrix24 is niet bereikbaar: controleer de internetverbinding en het portaaladres.</translation>
    </message>
    <message>
        <source>The secure connection to Bitrix24 failed: the portal&apos;s certificate is not trusted. For a portal with its own certificate authority, add that CA certificate to the portal.</source>
        <translation>De beveiligde verbinding met Bitrix24 is mislukt: het certificaat van het portaal wordt niet vertrouwd. Voeg voor een portaal met een eigen certificeringsinstantie dat CA-certificaat aan het portaal toe.</translation>
    </message>
    <message>
        <source>Bitrix24 did not answer in time; try again.</source>
        <translation>Bitrix24 antwoordde niet op tijd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Bitrix24 answered with something that is not a valid reply; try again later.</source>
        <translation>Bitrix24 antwoordde met iets wat geen geldig antwoord is; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The Bitrix24 authorisation has expired or was revoked; connect the portal again to get new tokens.</source>
        <translation>De Bitrix24-autorisatie is verlopen of ingetrokken; verbind het portaal opnieuw om nieuwe tokens te krijgen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Bitrix24 reported an error (%1).</source>
        <translation>Bitrix24 meldde een fout (%1).</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>geen code</translation>
    </message>
    <message>
        <source>The time allowed for talking to Bitrix24 (%1 s) ran out before it answered; try again later, or allow longer (paylink: --deadline).</source>
        <translation>De toegestane tijd voor de communicatie met Bitrix24 (%1 s) was verstreken voordat er een antwoord kwam; probeer het later opnieuw of sta meer tijd toe (paylink: --deadline).</translation>
    </message>
    <message>
        <source>Bitrix24 sent a payment link that Paylink Desk does not pass on: %1</source>
        <translation>Bitrix24 heeft een betaallink gestuurd die Paylink Desk niet doorgeeft: %1</translation>
    </message>
</context>
<context>
    <name>paylink::Bitrix24Payments</name>
    <message>
        <source>“%1” is not an id or a range such as 1000-1099.</source>
        <translation>“%1” is geen id of reeks zoals 1000-1099.</translation>
    </message>
    <message>
        <source>at most 10,000 ids at a time.</source>
        <translation>maximaal 10.000 id&apos;s tegelijk.</translation>
    </message>
    <message>
        <source>give at least one id.</source>
        <translation>geef minstens één id op.</translation>
    </message>
</context>
<context>
    <name>paylink::Bitrix24Portals</name>
    <message>
        <source>Portal “%1”: %2</source>
        <translation>Portaal “%1”: %2</translation>
    </message>
    <message>
        <source>its kind “%1” is neither webhook nor oauth.</source>
        <translation>het type “%1” is webhook noch oauth.</translation>
    </message>
    <message>
        <source>a saved CA certificate is not PEM.</source>
        <translation>een opgeslagen CA-certificaat is geen PEM.</translation>
    </message>
    <message>
        <source>%1 (OAuth)</source>
        <translation>%1 (OAuth)</translation>
    </message>
    <message>
        <source>%1 (webhook)</source>
        <translation>%1 (webhook)</translation>
    </message>
    <message>
        <source>Bitrix24 portal %1 no longer exists.</source>
        <translation>Bitrix24-portaal %1 bestaat niet meer.</translation>
    </message>
    <message>
        <source>There is no Bitrix24 portal named “%1”; add one first (paylink profile add bitrix24 NAME --webhook-file FILE).</source>
        <translation>Er is geen Bitrix24-portaal met de naam “%1”; voeg er eerst een toe (paylink profile add bitrix24 NAAM --webhook-file BESTAND).</translation>
    </message>
    <message>
        <source>There is no Bitrix24 portal named “%1”; the portals are: %2.</source>
        <translation>Er is geen Bitrix24-portaal met de naam “%1”; de portalen zijn: %2.</translation>
    </message>
    <message>
        <source>Name: give the portal a name.</source>
        <translation>Naam: geef het portaal een naam.</translation>
    </message>
    <message>
        <source>The OAuth server address</source>
        <translation>Het adres van de OAuth-server</translation>
    </message>
    <message>
        <source>OAuth: the access token is missing.</source>
        <translation>OAuth: het toegangstoken ontbreekt.</translation>
    </message>
    <message>
        <source>OAuth: refreshing needs the application&apos;s client id and client secret as well.</source>
        <translation>OAuth: voor het vernieuwen zijn ook de client-id en het clientgeheim van de applicatie nodig.</translation>
    </message>
    <message>
        <source>The portal was not added: %1</source>
        <translation>Het portaal is niet toegevoegd: %1</translation>
    </message>
    <message>
        <source>The portal “%1” was kept: %2</source>
        <translation>Het portaal “%1” is behouden: %2</translation>
    </message>
    <message>
        <source>The portal “%1” was removed, but its secrets may still be in the keychain: %2</source>
        <translation>Het portaal “%1” is verwijderd, maar de geheimen staan mogelijk nog in de sleutelbos: %2</translation>
    </message>
    <message>
        <source>add the portal again (paylink profile remove, then profile add).</source>
        <translation>voeg het portaal opnieuw toe (paylink profile remove en daarna profile add).</translation>
    </message>
    <message>
        <source>The webhook of portal “%1” is not in the keychain: %2</source>
        <translation>De webhook van portaal “%1” staat niet in de sleutelbos: %2</translation>
    </message>
    <message>
        <source>The access token of portal “%1” is not in the keychain: %2</source>
        <translation>Het toegangstoken van portaal “%1” staat niet in de sleutelbos: %2</translation>
    </message>
    <message>
        <source>a saved link host: %1</source>
        <translation>een opgeslagen linkhost: %1</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” bestaat niet.</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose the CA certificate file (PEM) in it.</source>
        <translation>“%1” is een map; kies het CA-certificaatbestand (PEM) daarin.</translation>
    </message>
    <message>
        <source>“%1” is too large to be a CA certificate.</source>
        <translation>“%1” is te groot voor een CA-certificaat.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>“%1” kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate.</source>
        <translation>“%1” bevat geen PEM-certificaat.</translation>
    </message>
</context>
<context>
    <name>paylink::BulkPaymentWriter</name>
    <message>
        <source>Bulk import needs the SQLite database.</source>
        <translation>Bulkimport vereist de SQLite-database.</translation>
    </message>
    <message>
        <source>The import could not start; nothing was written.</source>
        <translation>De import kon niet starten; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The import has not started.</source>
        <translation>De import is niet gestart.</translation>
    </message>
    <message>
        <source>The import stopped at payment %1; nothing was written.</source>
        <translation>De import is gestopt bij betaling %1; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The import could not be completed; nothing was written.</source>
        <translation>De import kon niet worden voltooid; er is niets geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Another program kept the database busy for %n second(s); nothing was imported. Try again when it is done.</source>
        <translation>
            <numerusform>Een ander programma hield de database %n seconde bezet; er is niets geïmporteerd. Probeer het opnieuw wanneer het klaar is.</numerusform>
            <numerusform>Een ander programma hield de database %n seconden bezet; er is niets geïmporteerd. Probeer het opnieuw wanneer het klaar is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::CsvReader</name>
    <message>
        <source>row %1: not valid UTF-8 text; save the file as UTF-8.</source>
        <translation>rij %1: geen geldige UTF-8-tekst; sla het bestand op als UTF-8.</translation>
    </message>
    <message>
        <source>row %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>rij %1: een veld tussen aanhalingstekens wordt niet afgesloten (er ontbreekt een &quot;).</translation>
    </message>
    <message>
        <source>row %1, column %2: text follows a closing quote; write a quote inside a quoted field as &quot;&quot;.</source>
        <translation>rij %1, kolom %2: er staat tekst na een afsluitend aanhalingsteken; schrijf een aanhalingsteken binnen een veld tussen aanhalingstekens als &quot;&quot;.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Het bestand is leeg: het heeft geen kopregel.</translation>
    </message>
    <message>
        <source>“%1” cannot separate fields; use a comma, a semicolon or a tab.</source>
        <translation>“%1” kan geen velden scheiden; gebruik een komma, een puntkomma of een tab.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened: %2.</source>
        <translation>Het bestand “%1” kan niet worden geopend: %2.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2.</source>
        <translation>Het bestand “%1” kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>row %1, column %2: a field is longer than %3 characters, so reading stopped there. A quote may be missing, or the file is not a table of payments.</source>
        <translation>rij %1, kolom %2: een veld is langer dan %3 tekens, dus het lezen is daar gestopt. Mogelijk ontbreekt er een aanhalingsteken, of het bestand is geen tabel met betalingen.</translation>
    </message>
    <message>
        <source>The file “%1” has a field of more than %2 characters.</source>
        <translation>Het bestand “%1” heeft een veld van meer dan %2 tekens.</translation>
    </message>
</context>
<context>
    <name>paylink::CsvWriter</name>
    <message>
        <source>The file “%1” cannot be written: %2.</source>
        <translation>Het bestand “%1” kan niet worden geschreven: %2.</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>Het bestand is niet geopend.</translation>
    </message>
    <message>
        <source>The file “%1” could not be written (%2); it was left as it was.</source>
        <translation>Het bestand “%1” kon niet worden geschreven (%2); het is ongewijzigd gelaten.</translation>
    </message>
</context>
<context>
    <name>paylink::Database</name>
    <message>
        <source>The database could not be prepared.</source>
        <translation>De database kon niet worden voorbereid.</translation>
    </message>
    <message>
        <source>%1 The database file “%2” is damaged; nothing was changed. Restore it from a backup (in Paylink Desk: File ▸ Restore database…).</source>
        <translation>%1 Het databasebestand “%2” is beschadigd; er is niets gewijzigd. Herstel het vanaf een back-up (in Paylink Desk: Bestand ▸ Database herstellen…).</translation>
    </message>
    <message>
        <source>%1 The disk is full: free some space and try again; nothing was changed.</source>
        <translation>%1 De schijf is vol: maak ruimte vrij en probeer het opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 Another program is writing to the database; try again in a moment.</source>
        <translation>%1 Een ander programma schrijft naar de database; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>%1 The database file “%2” is read-only.</source>
        <translation>%1 Het databasebestand “%2” is alleen-lezen.</translation>
    </message>
    <message>
        <source>%1 The database file “%2” could not be read or written (a disk or network drive error).</source>
        <translation>%1 Het databasebestand “%2” kon niet worden gelezen of geschreven (een fout van de schijf of netwerkschijf).</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>De database kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Er is geen databasebestand opgegeven.</translation>
    </message>
    <message>
        <source>The database path “%1” is a folder. Give the path of a file, e.g. “%1/payments.sqlite”.</source>
        <translation>Het databasepad “%1” is een map. Geef het pad van een bestand op, bijv. “%1/payments.sqlite”.</translation>
    </message>
    <message>
        <source>The database path “%1” is not a regular file.</source>
        <translation>Het databasepad “%1” is geen gewoon bestand.</translation>
    </message>
    <message>
        <source>The file “%1” is not a Paylink Desk database (it is not an SQLite file). It was left untouched; choose another file.</source>
        <translation>Het bestand “%1” is geen Paylink Desk-database (het is geen SQLite-bestand). Het is onaangeroerd gelaten; kies een ander bestand.</translation>
    </message>
    <message>
        <source>The database file “%1” is read-only. Check its permissions.</source>
        <translation>Het databasebestand “%1” is alleen-lezen. Controleer de rechten.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>Het databasebestand “%1” bestaat niet.</translation>
    </message>
    <message>
        <source>The folder “%1” for the database cannot be created. Check the path and its permissions.</source>
        <translation>De map “%1” voor de database kan niet worden aangemaakt. Controleer het pad en de rechten.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be created: its folder is not writable. Check the path and its permissions.</source>
        <translation>Het databasebestand “%1” kan niet worden aangemaakt: de map is niet schrijfbaar. Controleer het pad en de rechten.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be created: %2.</source>
        <translation>Het databasebestand “%1” kan niet worden aangemaakt: %2.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing; install the package libqt6sql6-sqlite.</source>
        <translation>Het SQLite-stuurprogramma van Qt ontbreekt; installeer het pakket libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened.</source>
        <translation>Het databasebestand “%1” kan niet worden geopend.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged or not a Paylink Desk database. It was left untouched; restore a backup or choose another file.</source>
        <translation>Het bestand “%1” is beschadigd of geen Paylink Desk-database. Het is onaangeroerd gelaten; zet een back-up terug of kies een ander bestand.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot use write-ahead logging. Is it on a network drive? Move it to a local disk.</source>
        <translation>Het databasebestand “%1” kan geen write-ahead logging gebruiken. Staat het op een netwerkschijf? Verplaats het naar een lokale schijf.</translation>
    </message>
    <message>
        <source>The backup file “%1” already exists; choose a new name.</source>
        <translation>Het back-upbestand “%1” bestaat al; kies een nieuwe naam.</translation>
    </message>
    <message>
        <source>The backup cannot be written to “%1”: the folder is not writable.</source>
        <translation>De back-up kan niet naar “%1” worden geschreven: de map is niet schrijfbaar.</translation>
    </message>
    <message>
        <source>The backup file “%1” cannot be created: %2.</source>
        <translation>Het back-upbestand “%1” kan niet worden aangemaakt: %2.</translation>
    </message>
    <message>
        <source>The backup to “%1” failed.</source>
        <translation>De back-up naar “%1” is mislukt.</translation>
    </message>
    <message>
        <source>The backup to “%1” failed; nothing was kept.</source>
        <translation>De back-up naar “%1” is mislukt; er is niets bewaard.</translation>
    </message>
    <message>
        <source>“%1” is not a sound Paylink Desk backup; nothing was restored.</source>
        <translation>“%1” is geen intacte Paylink Desk-back-up; er is niets hersteld.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database; nothing was restored.</source>
        <translation>De back-up kon niet naast de database worden gekopieerd; er is niets hersteld.</translation>
    </message>
    <message>
        <source>The search index could not be checked.</source>
        <translation>De zoekindex kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt.</source>
        <translation>De zoekindex kon niet opnieuw worden opgebouwd.</translation>
    </message>
    <message>
        <source>The current database could not be saved aside as “%1”; nothing was restored. %2</source>
        <translation>De huidige database kon niet apart worden opgeslagen als “%1”; er is niets hersteld. %2</translation>
    </message>
    <message>
        <source>The backup could not be prepared; nothing was restored.</source>
        <translation>De back-up kon niet worden voorbereid; er is niets hersteld.</translation>
    </message>
    <message>
        <source>The backup could not be brought up to date; nothing was restored. %1</source>
        <translation>De back-up kon niet worden bijgewerkt; er is niets hersteld. %1</translation>
    </message>
    <message>
        <source>The backup could not be restored; nothing was changed.</source>
        <translation>De back-up kon niet worden hersteld; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened: its folder “%2” is not writable, and the database needs to keep two small files beside it (“%3-wal” and “%3-shm”). Allow writing to the folder, or move the file to one you can write to. Nothing was changed.</source>
        <translation>Het databasebestand “%1” kan niet worden geopend: de map “%2” is niet schrijfbaar, en de database moet er twee kleine bestanden naast bewaren (“%3-wal” en “%3-shm”). Sta schrijven in de map toe, of verplaats het bestand naar een map waarin u kunt schrijven. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened: the disk that holds it is full (%2 free). Free some space and try again; nothing was changed.</source>
        <translation>Het databasebestand “%1” kan niet worden geopend: de schijf waarop het staat is vol (%2 vrij). Maak ruimte vrij en probeer het opnieuw; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>paylink::DetailPanel</name>
    <message>
        <source>Customer:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Bedrag:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Vervaldatum:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <source>Short link:</source>
        <translation>Korte link:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Laatste fout:</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>In browser &amp;openen</translation>
    </message>
    <message>
        <source>No payment selected</source>
        <translation>Geen betaling geselecteerd</translation>
    </message>
    <message>
        <source>%1 payment %2</source>
        <translation>%1-betaling %2</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Betaling %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>paylink::FilterPanel</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Tot</translation>
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
        <translation>&amp;Bitrix24</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
</context>
<context>
    <name>paylink::ImportWizard</name>
    <message>
        <source>File and profile</source>
        <translation>Bestand en profiel</translation>
    </message>
    <message>
        <source>A CSV export (UTF-8, with “,”, “;” or tab between fields) with one invoice a row.</source>
        <translation>Een CSV-export (UTF-8, met “,”, “;” of tab tussen de velden) met één factuur per rij.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profiel:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch herkennen</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Puntkomma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Scheidings&amp;teken:</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Choose the column that gives each field. Order reference and amount are required; other columns are ignored.</source>
        <translation>Kies voor elk veld de kolom waaruit het komt. Orderreferentie en bedrag zijn verplicht; andere kolommen worden genegeerd.</translation>
    </message>
    <message>
        <source>Choose the columns of the order reference and the amount.</source>
        <translation>Kies de kolommen voor de orderreferentie en het bedrag.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. Rejected rows are left out; save them to fix and import again.</source>
        <translation>Elke rij wordt gecontroleerd voordat er iets wordt geschreven. Afgewezen rijen worden weggelaten; sla ze op om ze te corrigeren en opnieuw te importeren.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>Afgewezen rijen &amp;opslaan…</translation>
    </message>
    <message>
        <source>Import PayByLink invoices</source>
        <translation>PayByLink-facturen importeren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) and %1 column(s) read.</source>
        <translation>
            <numerusform>%n rij en %1 kolom(men) gelezen.</numerusform>
            <numerusform>%n rijen en %1 kolom(men) gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be imported: fix the rows below and try again.</source>
        <translation>Er kan geen enkele rij worden geïmporteerd: corrigeer de rijen hieronder en probeer het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported.</source>
        <translation>
            <numerusform>%n rij wordt geïmporteerd.</numerusform>
            <numerusform>%n rijen worden geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n rij afgewezen.</numerusform>
            <numerusform>%n rijen afgewezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rij %1: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(niet in het bestand)</translation>
    </message>
    <message>
        <source>The profile&apos;s password is needed to sign the links.</source>
        <translation>Het wachtwoord van het profiel is nodig om de links te ondertekenen.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>%n rij controleren…</numerusform>
            <numerusform>%n rijen controleren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Afgewezen rijen opslaan</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-afgewezen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>paylink::Invoice</name>
    <message>
        <source>Invoice %1</source>
        <translation>Factuur %1</translation>
    </message>
</context>
<context>
    <name>paylink::InvoiceBatch</name>
    <message>
        <source>it has no link yet</source>
        <translation>er is nog geen link</translation>
    </message>
    <message>
        <source>%1 invoices a page is not possible; choose 1, 2, 4 or 8.</source>
        <translation>%1 facturen per pagina is niet mogelijk; kies 1, 2, 4 of 8.</translation>
    </message>
    <message>
        <source>There are no payments to put on invoices.</source>
        <translation>Er zijn geen betalingen om op facturen te zetten.</translation>
    </message>
    <message>
        <source>The invoices could not be started on this device.</source>
        <translation>De facturen konden op dit apparaat niet worden gestart.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>None of the payments could be put on an invoice; nothing was written.</source>
        <translation>Geen van de betalingen kon op een factuur worden gezet; er is niets geschreven.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>“%1” kan niet worden geschreven: %2.</translation>
    </message>
    <message>
        <source>QR invoices</source>
        <translation>QR-facturen</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation>“%1” kon niet worden geschreven: %2.</translation>
    </message>
</context>
<context>
    <name>paylink::InvoiceDialog</name>
    <message>
        <source>the &amp;selected payments (%1)</source>
        <translation>de ge&amp;selecteerde betalingen (%1)</translation>
    </message>
    <message>
        <source>every payment in the current &amp;view (%1)</source>
        <translation>elke betaling in de huidige &amp;weergave (%1)</translation>
    </message>
    <message>
        <source>1 (a full page each)</source>
        <translation>1 (elk een volle pagina)</translation>
    </message>
    <message>
        <source>%1 as labels</source>
        <translation>%1 als etiketten</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>%1 invoices on %2 sheets. Payments without a link are left out and listed afterwards.</source>
        <translation>%1 facturen op %2 vellen. Betalingen zonder link worden weggelaten en daarna opgesomd.</translation>
    </message>
    <message>
        <source>The first sheet</source>
        <translation>Het eerste vel</translation>
    </message>
</context>
<context>
    <name>paylink::InvoiceRenderer</name>
    <message>
        <source>Scan to pay</source>
        <translation>Scan om te betalen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Pay before</source>
        <translation>Betalen vóór</translation>
    </message>
    <message>
        <source>Pay before %1</source>
        <translation>Betalen vóór %1</translation>
    </message>
</context>
<context>
    <name>paylink::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-done is kept</source>
        <translation>Deze taak stoppen; niets wat half klaar is, wordt bewaard</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 van %3</translation>
    </message>
    <message numerus="yes">
        <source>(about %n second(s) left)</source>
        <translation>
            <numerusform>(nog ongeveer %n seconde)</numerusform>
            <numerusform>(nog ongeveer %n seconden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::MainWindow</name>
    <message>
        <source>&amp;Print invoices…</source>
        <translation>&amp;Facturen afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporteren als CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Add payment…</source>
        <translation>Betaling &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit payment…</source>
        <translation>Betaling be&amp;werken…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Als &amp;betaald markeren</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Mark &amp;unpaid</source>
        <translation>Als &amp;onbetaald markeren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopiëren</translation>
    </message>
    <message>
        <source>Copy &amp;short link</source>
        <translation>&amp;Korte link kopiëren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>In browser o&amp;penen</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Back-up van database maken…</translation>
    </message>
    <message>
        <source>&amp;Restore database…</source>
        <translation>Database &amp;herstellen…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnose kopiëren</translation>
    </message>
    <message>
        <source>&amp;About Paylink Desk</source>
        <translation>&amp;Over Paylink Desk</translation>
    </message>
    <message>
        <source>About Paylink Desk</source>
        <translation>Over Paylink Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Paylink Desk %1&lt;/h3&gt;&lt;p&gt;Payment links and QR invoices for Bitrix24 Sales Center and PayByLink.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paylink Desk %1&lt;/h3&gt;&lt;p&gt;Betaallinks en QR-facturen voor Bitrix24 Sales Center en PayByLink.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>Be&amp;talingen</translation>
    </message>
    <message>
        <source>&amp;Bitrix24</source>
        <translation>B&amp;itrix24</translation>
    </message>
    <message>
        <source>Pay&amp;ByLink</source>
        <translation>&amp;PayByLink</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>%1 — Paylink Desk</source>
        <translation>%1 — Paylink Desk</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n betaling</numerusform>
            <numerusform>%n betalingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment added. Undo with Ctrl+Z.</source>
        <translation>Betaling toegevoegd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n payment(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n betaling verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
            <numerusform>%n betalingen verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the link (this payment has no short link).</source>
        <translation>Link gekopieerd (deze betaling heeft geen korte link).</translation>
    </message>
    <message>
        <source>Copied the short link.</source>
        <translation>Korte link gekopieerd.</translation>
    </message>
    <message>
        <source>Copied the link.</source>
        <translation>Link gekopieerd.</translation>
    </message>
    <message>
        <source>This payment has no web link to open.</source>
        <translation>Deze betaling heeft geen weblink om te openen.</translation>
    </message>
    <message>
        <source>No web browser could be started. Copy the link instead (Ctrl+C).</source>
        <translation>Er kon geen webbrowser worden gestart. Kopieer in plaats daarvan de link (Ctrl+C).</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>Betalingen exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payment(s) to %1.</source>
        <translation>
            <numerusform>%n betaling geëxporteerd naar %1.</numerusform>
            <numerusform>%n betalingen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save QR invoices</source>
        <translation>QR-facturen opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Printing %1 invoices at once would take long; save them as a PDF instead and print that.</source>
        <translation>%1 facturen tegelijk afdrukken zou lang duren; sla ze liever op als PDF en druk die af.</translation>
    </message>
    <message>
        <source>Writing invoices</source>
        <translation>Facturen schrijven</translation>
    </message>
    <message>
        <source>Payment %1: %2</source>
        <translation>Betaling %1: %2</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n invoice(s) to %1.</source>
        <translation>
            <numerusform>%n factuur geschreven naar %1.</numerusform>
            <numerusform>%n facturen geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back-up van de database maken</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite-databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation>“%1” kan niet worden vervangen.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Back-up gemaakt in %1.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>De back-up is geannuleerd.</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>De database herstellen vanaf een back-up</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db *.bak);;All files (*)</source>
        <translation>SQLite-databases (*.sqlite *.db *.bak);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Restore the database?</source>
        <translation>De database herstellen?</translation>
    </message>
    <message>
        <source>All payments now in “%1” will be replaced by those in “%2”. The current file is kept as “%1.before-restore.bak”.</source>
        <translation>Alle betalingen die nu in “%1” staan, worden vervangen door die in “%2”. Het huidige bestand wordt bewaard als “%1.before-restore.bak”.</translation>
    </message>
    <message>
        <source>Paylink Desk</source>
        <translation>Paylink Desk</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Hersteld vanaf %1.</translation>
    </message>
    <message>
        <source>Diagnostics copied. Secrets are masked; paste them into your support request.</source>
        <translation>Diagnose gekopieerd. Geheimen zijn gemaskeerd; plak de gegevens in uw supportaanvraag.</translation>
    </message>
    <message>
        <source>Stop “%1”?</source>
        <translation>“%1” stoppen?</translation>
    </message>
    <message>
        <source>“%1” is still running. Quitting stops it; an import that has not finished keeps none of its rows.</source>
        <translation>“%1” is nog bezig. Afsluiten stopt het; een import die niet klaar is, bewaart geen van zijn rijen.</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Stoppen en afsluiten</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Laten doorlopen</translation>
    </message>
    <message>
        <source>Restoring from “%1”…</source>
        <translation>Herstellen vanuit “%1”…</translation>
    </message>
    <message>
        <source>This payment&apos;s status is unknown to this version of Paylink Desk; it is left as it is.</source>
        <translation>De status van deze betaling is onbekend voor deze versie van Paylink Desk; deze blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>&amp;New PayByLink link…</source>
        <translation>&amp;Nieuwe PayByLink-link…</translation>
    </message>
    <message>
        <source>&amp;Import a CSV file…</source>
        <translation>CSV-bestand &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Connect Bitrix24…</source>
        <translation>Bitrix24 &amp;koppelen…</translation>
    </message>
</context>
<context>
    <name>paylink::Migrations</name>
    <message>
        <source>“%1” was written by a newer Paylink Desk (schema %2; this version knows up to %3). Update Paylink Desk; the file was left untouched.</source>
        <translation>“%1” is geschreven door een nieuwere Paylink Desk (schema %2; deze versie kent tot en met %3). Werk Paylink Desk bij; het bestand is onaangeroerd gelaten.</translation>
    </message>
    <message>
        <source>The database schema cannot be read.</source>
        <translation>Het databaseschema kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not of Paylink Desk. It was left untouched; choose another file.</source>
        <translation>“%1” is een SQLite-database van een ander programma, niet van Paylink Desk. Het bestand is onaangeroerd gelaten; kies een ander bestand.</translation>
    </message>
    <message>
        <source>The schema version of “%1” cannot be read.</source>
        <translation>De schemaversie van “%1” kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>A backup of “%1” could not be made before updating it, so it was left as it is. %2</source>
        <translation>Er kon geen back-up van “%1” worden gemaakt vóór het bijwerken, dus het is ongewijzigd gelaten. %2</translation>
    </message>
    <message>
        <source>Updating the database “%1” to schema %2 failed; it was left at schema %3.</source>
        <translation>Het bijwerken van de database “%1” naar schema %2 is mislukt; de database is op schema %3 gebleven.</translation>
    </message>
    <message>
        <source>Updating the database “%1” failed.</source>
        <translation>Het bijwerken van de database “%1” is mislukt.</translation>
    </message>
    <message>
        <source>“%1” has a schema version (%2) that no Paylink Desk writes. It was left untouched; choose another file.</source>
        <translation>“%1” heeft een schemaversie (%2) die geen enkele versie van Paylink Desk schrijft. Het bestand is ongewijzigd gelaten; kies een ander bestand.</translation>
    </message>
</context>
<context>
    <name>paylink::Money</name>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 4217 currency code.</source>
        <translation>%1: “%2” is geen ISO 4217-valutacode.</translation>
    </message>
    <message>
        <source>%1 is empty: enter an amount such as 28.50.</source>
        <translation>%1 is leeg: voer een bedrag in, bijv. 28,50.</translation>
    </message>
    <message>
        <source>%1 “%2” is negative: enter an amount of zero or more.</source>
        <translation>%1 “%2” is negatief: voer een bedrag van nul of meer in.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a number: use digits and one decimal separator, e.g. 28.50 or 28,50.</source>
        <translation>%1 “%2” is geen getal: gebruik cijfers en één decimaalteken, bijv. 28,50 of 28.50.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a number: put digits after the decimal separator.</source>
        <translation>%1 “%2” is geen getal: zet cijfers na het decimaalteken.</translation>
    </message>
    <message>
        <source>%1 “%2” has more than one decimal separator.</source>
        <translation>%1 “%2” heeft meer dan één decimaalteken.</translation>
    </message>
    <message>
        <source>%1 “%2” has misplaced digit grouping: write it without thousands separators, e.g. 1234.50.</source>
        <translation>%1 “%2” heeft verkeerd geplaatste scheidingstekens voor duizendtallen: schrijf het zonder scheidingstekens, bijv. 1234,50.</translation>
    </message>
    <message>
        <source>%1 “%2” has decimals, but %3 has no minor unit: enter a whole number.</source>
        <translation>%1 “%2” heeft decimalen, maar %3 heeft geen kleinere eenheid: voer een geheel getal in.</translation>
    </message>
    <message>
        <source>%1 “%2” has %3 decimals, but %4 allows at most %5.</source>
        <translation>%1 “%2” heeft %3 decimalen, maar %4 staat er hoogstens %5 toe.</translation>
    </message>
    <message>
        <source>%1 “%2” is too large: the most is %3.</source>
        <translation>%1 “%2” is te groot: het maximum is %3.</translation>
    </message>
</context>
<context>
    <name>paylink::NewLinkDialog</name>
    <message>
        <source>New PayByLink link</source>
        <translation>Nieuwe PayByLink-link</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (test)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profiel:</translation>
    </message>
    <message>
        <source>required, e.g. INV-2026-0017</source>
        <translation>verplicht, bijv. INV-2026-0017</translation>
    </message>
    <message>
        <source>&amp;Order reference:</source>
        <translation>&amp;Orderreferentie:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Om&amp;schrijving:</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>&amp;Vervalt op</translation>
    </message>
    <message>
        <source>optional, e.g. nl-NL</source>
        <translation>optioneel, bijv. nl-NL</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>F</source>
        <translation>V</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Geslacht:</translation>
    </message>
    <message>
        <source>The signed link appears here while you type.</source>
        <translation>De ondertekende link verschijnt hier terwijl u typt.</translation>
    </message>
    <message>
        <source>The short link is the spbl.eu alias, which no published example confirms.</source>
        <translation>De korte link is de spbl.eu-alias, die door geen enkel gepubliceerd voorbeeld wordt bevestigd.</translation>
    </message>
    <message>
        <source>C&amp;opy link</source>
        <translation>L&amp;ink kopiëren</translation>
    </message>
    <message>
        <source>Add a PayByLink profile first (PayByLink ▸ Profiles…).</source>
        <translation>Voeg eerst een PayByLink-profiel toe (PayByLink ▸ Profielen…).</translation>
    </message>
    <message>
        <source>The profile&apos;s password is needed to sign the link.</source>
        <translation>Het wachtwoord van het profiel is nodig om de link te ondertekenen.</translation>
    </message>
    <message>
        <source>The QR code appears when the link is complete.</source>
        <translation>De QR-code verschijnt zodra de link compleet is.</translation>
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
        <translation>“%1” openen…
Een oudere database wordt eerst geback-upt en dan bijgewerkt; bij een heel grote duurt dat even.</translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkController</name>
    <message>
        <source>&amp;New PayByLink link…</source>
        <translation>&amp;Nieuwe PayByLink-link…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importeren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profielen…</translation>
    </message>
    <message>
        <source>&amp;Delete import…</source>
        <translation>Import &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Delete every payment of the selected payment&apos;s import.</source>
        <translation>Alle betalingen van de import van de geselecteerde betaling verwijderen.</translation>
    </message>
    <message>
        <source>&amp;Re-issue link…</source>
        <translation>Link opnieuw &amp;uitgeven…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>A new link with the same order data and a new expiry.</source>
        <translation>Een nieuwe link met dezelfde ordergegevens en een nieuwe vervaldatum.</translation>
    </message>
    <message>
        <source>Export &amp;links…</source>
        <translation>&amp;Links exporteren…</translation>
    </message>
    <message>
        <source>Order, customer, amount, currency, link and short link of the shown payments.</source>
        <translation>Order, klant, bedrag, valuta, link en korte link van de getoonde betalingen.</translation>
    </message>
    <message>
        <source>The password of profile “%1” is not in the keychain.</source>
        <translation>Het wachtwoord van profiel “%1” staat niet in de sleutelbos.</translation>
    </message>
    <message>
        <source>Password of “%1”</source>
        <translation>Wachtwoord van “%1”</translation>
    </message>
    <message>
        <source>API password of %1:</source>
        <translation>API-wachtwoord van %1:</translation>
    </message>
    <message>
        <source>%1 — production, %2</source>
        <translation>%1 — productie, %2</translation>
    </message>
    <message>
        <source>%1 — test, %2</source>
        <translation>%1 — test, %2</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its password from the keychain? Its payments stay.</source>
        <translation>Het profiel “%1” en het bijbehorende wachtwoord uit de sleutelbos verwijderen? De betalingen blijven bewaard.</translation>
    </message>
    <message>
        <source>PayByLink profiles</source>
        <translation>PayByLink-profielen</translation>
    </message>
    <message>
        <source>Order reference “%1” already has a payment in profile “%2”. Use another reference, or re-issue that payment (Ctrl+R).</source>
        <translation>Orderreferentie “%1” heeft al een betaling in profiel “%2”. Gebruik een andere referentie of geef die betaling opnieuw uit (Ctrl+R).</translation>
    </message>
    <message>
        <source>New PayByLink link</source>
        <translation>Nieuwe PayByLink-link</translation>
    </message>
    <message>
        <source>There is no PayByLink profile yet. Add one now?</source>
        <translation>Er is nog geen PayByLink-profiel. Nu een toevoegen?</translation>
    </message>
    <message>
        <source>Re-issue link for %1</source>
        <translation>Link opnieuw uitgeven voor %1</translation>
    </message>
    <message>
        <source>Link re-issued. Undo with Ctrl+Z.</source>
        <translation>Link opnieuw uitgegeven. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Link saved. Undo with Ctrl+Z.</source>
        <translation>Link opgeslagen. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importeren</translation>
    </message>
    <message>
        <source>Add a PayByLink profile first (PayByLink ▸ Profiles…); the import signs every row with it.</source>
        <translation>Voeg eerst een PayByLink-profiel toe (PayByLink ▸ Profielen…); de import ondertekent elke rij daarmee.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n link(s).</source>
        <translation>
            <numerusform>%n link geïmporteerd.</numerusform>
            <numerusform>%n links geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected and left out.</source>
        <translation>
            <numerusform>%n rij afgewezen en weggelaten.</numerusform>
            <numerusform>%n rijen afgewezen en weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Delete import</source>
        <translation>Import verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the import of “%1”: %n payment(s)? This cannot be undone.</source>
        <translation>
            <numerusform>De import van “%1” verwijderen: %n betaling? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>De import van “%1” verwijderen: %n betalingen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting import</source>
        <translation>Import verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the import: %n payment(s).</source>
        <translation>
            <numerusform>Import verwijderd: %n betaling.</numerusform>
            <numerusform>Import verwijderd: %n betalingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export links</source>
        <translation>Links exporteren</translation>
    </message>
    <message>
        <source>links.csv</source>
        <translation>links.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Exporting links</source>
        <translation>Links exporteren</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n link(s) to %1.</source>
        <translation>
            <numerusform>%n link geëxporteerd naar %1.</numerusform>
            <numerusform>%n links geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkImport</name>
    <message>
        <source>The file has no column “%1”; its columns are: %2.</source>
        <translation>Het bestand heeft geen kolom “%1”; de kolommen zijn: %2.</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” both give the %3; map one with --map or rename the other.</source>
        <translation>De kolommen “%1” en “%2” geven allebei het veld %3; koppel er één met --map of geef de andere een nieuwe naam.</translation>
    </message>
    <message>
        <source>No column gives the %1. Name a column “%2”, or map one (--map COLUMN=%2). The file&apos;s columns are: %3.</source>
        <translation>Geen enkele kolom geeft het veld %1. Noem een kolom “%2” of koppel er een (--map KOLOM=%2). De kolommen van het bestand zijn: %3.</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>Het bestand heeft een kopregel, maar geen rijen om te importeren.</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s), but the header has %1: look for a missing or extra “%2” or quote.</source>
        <translation>
            <numerusform>de rij heeft %n veld, maar de kopregel heeft er %1: zoek naar een ontbrekende of extra “%2” of een aanhalingsteken.</numerusform>
            <numerusform>de rij heeft %n velden, maar de kopregel heeft er %1: zoek naar een ontbrekende of extra “%2” of een aanhalingsteken.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” is also on row %3: each order reference may be imported once.</source>
        <translation>%1 “%2” staat ook in rij %3: elke orderreferentie mag maar één keer worden geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 “%2” already has a payment in profile “%3”: delete or re-issue that one instead.</source>
        <translation>%1 “%2” heeft al een betaling in profiel “%3”: verwijder die of geef die opnieuw uit.</translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkOrders</name>
    <message>
        <source>%1 “%2” is not a date: write it as 2026-12-31, 20261231 or 31-12-2026.</source>
        <translation>%1 “%2” is geen datum: schrijf deze als 2026-12-31, 20261231 of 31-12-2026.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a day of the calendar.</source>
        <translation>%1 “%2” is geen bestaande kalenderdag.</translation>
    </message>
    <message>
        <source>%1 is empty: every link needs an order reference.</source>
        <translation>%1 is leeg: elke link heeft een orderreferentie nodig.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a whole number of minor units (cents).</source>
        <translation>%1 “%2” is geen geheel aantal kleinste eenheden (centen).</translation>
    </message>
    <message>
        <source>%1 “%2” is negative: enter an amount of zero or more.</source>
        <translation>%1 “%2” is negatief: voer een bedrag van nul of meer in.</translation>
    </message>
    <message>
        <source>%1 “%2” is too large: the most is %3.</source>
        <translation>%1 “%2” is te groot: het maximum is %3.</translation>
    </message>
    <message>
        <source>%1 “%2” is not an ISO 4217 currency code such as EUR.</source>
        <translation>%1 “%2” is geen ISO 4217-valutacode zoals EUR.</translation>
    </message>
    <message>
        <source>%1 “%2” is not an e-mail address such as jan@example.nl.</source>
        <translation>%1 “%2” is geen e-mailadres zoals jan@example.nl.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a phone number: use digits, spaces, +, - and brackets.</source>
        <translation>%1 “%2” is geen telefoonnummer: gebruik cijfers, spaties, +, - en haakjes.</translation>
    </message>
    <message>
        <source>%1 %2 is in the past: a link that has already expired cannot be paid.</source>
        <translation>%1 %2 ligt in het verleden: een link die al is verlopen, kan niet worden betaald.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a language code such as nl-NL or de.</source>
        <translation>%1 “%2” is geen taalcode zoals nl-NL of de.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3.</source>
        <translation>%1 is %2 tekens lang; het maximum is %3.</translation>
    </message>
    <message>
        <source>%1 contains a NUL character, which no payment field may hold (is the file binary, or saved as UTF-16?).</source>
        <translation>%1 bevat een NUL-teken, dat in geen enkel betalingsveld mag staan (is het bestand binair, of opgeslagen als UTF-16?).</translation>
    </message>
    <message>
        <source>The signed link would be %1 bytes long; a link may have at most %2, so that its QR code still scans. Shorten the name or description.</source>
        <translation>De ondertekende link zou %1 bytes lang worden; een link mag er hoogstens %2 hebben, zodat de QR-code nog te scannen is. Kort de naam of de omschrijving in.</translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkProfile</name>
    <message>
        <source>Order reference</source>
        <translation>Orderreferentie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Naam klant</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>%1: “%2” is not a web address; write it in full, starting with https://.</source>
        <translation>%1: “%2” is geen webadres; schrijf het volledig, beginnend met https://.</translation>
    </message>
    <message>
        <source>Profile name: enter a name, such as “Shop test”.</source>
        <translation>Profielnaam: voer een naam in, zoals “Winkel test”.</translation>
    </message>
    <message>
        <source>Profile name: remove the spaces at its start or end.</source>
        <translation>Profielnaam: verwijder de spaties aan het begin of eind.</translation>
    </message>
    <message>
        <source>API user: enter the API user name PayByLink gave you.</source>
        <translation>API-gebruiker: voer de API-gebruikersnaam in die u van PayByLink hebt gekregen.</translation>
    </message>
    <message>
        <source>API user: remove the spaces at its start or end.</source>
        <translation>API-gebruiker: verwijder de spaties aan het begin of eind.</translation>
    </message>
    <message>
        <source>Expired URL</source>
        <translation>URL bij verlopen</translation>
    </message>
    <message>
        <source>Error URL</source>
        <translation>URL bij fout</translation>
    </message>
    <message>
        <source>Default currency: “%1” is not an ISO 4217 currency code.</source>
        <translation>Standaardvaluta: “%1” is geen ISO 4217-valutacode.</translation>
    </message>
    <message>
        <source>Hash length: %1 is not 10 or 64.</source>
        <translation>Hashlengte: %1 is niet 10 of 64.</translation>
    </message>
    <message>
        <source>Short alias: spbl.eu links exist for production payments only.</source>
        <translation>Korte alias: spbl.eu-links bestaan alleen voor productiebetalingen.</translation>
    </message>
    <message>
        <source>Parameter mapping: %1 appears twice.</source>
        <translation>Parametertoewijzing: %1 komt twee keer voor.</translation>
    </message>
    <message>
        <source>Parameter mapping: %1: “%2” is not a parameter name; use letters, digits, “_”, “.”, “~” or “-”.</source>
        <translation>Parametertoewijzing: %1: “%2” is geen parameternaam; gebruik letters, cijfers, “_”, “.”, “~” of “-”.</translation>
    </message>
    <message>
        <source>Parameter mapping: %1: “%2” is reserved for PayByLink itself.</source>
        <translation>Parametertoewijzing: %1: “%2” is gereserveerd voor PayByLink zelf.</translation>
    </message>
    <message>
        <source>Parameter mapping: the name “%1” is used twice.</source>
        <translation>Parametertoewijzing: de naam “%1” wordt twee keer gebruikt.</translation>
    </message>
    <message>
        <source>Parameter mapping: %1 needs a parameter name; every link carries it.</source>
        <translation>Parametertoewijzing: %1 heeft een parameternaam nodig; elke link bevat deze.</translation>
    </message>
    <message>
        <source>The stored profile has an unknown environment “%1”.</source>
        <translation>Het opgeslagen profiel heeft een onbekende omgeving “%1”.</translation>
    </message>
    <message>
        <source>The stored profile maps an unknown field “%1”.</source>
        <translation>Het opgeslagen profiel koppelt een onbekend veld “%1”.</translation>
    </message>
    <message>
        <source>lower-case</source>
        <comment>How a field name is written inside a sentence: lower-case or as-is</comment>
        <translation>lower-case</translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkProfiles</name>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Profiel “%1”: %2</translation>
    </message>
    <message>
        <source>PayByLink profile %1 no longer exists.</source>
        <translation>PayByLink-profiel %1 bestaat niet meer.</translation>
    </message>
    <message>
        <source>There is no PayByLink profile named “%1”; add one first (paylink profile add paybylink NAME …).</source>
        <translation>Er is geen PayByLink-profiel met de naam “%1”; voeg er eerst een toe (paylink profile add paybylink NAAM …).</translation>
    </message>
    <message>
        <source>There is no PayByLink profile named “%1”; the profiles are: %2.</source>
        <translation>Er is geen PayByLink-profiel met de naam “%1”; de profielen zijn: %2.</translation>
    </message>
    <message>
        <source>Password: enter the API user&apos;s password.</source>
        <translation>Wachtwoord: voer het wachtwoord van de API-gebruiker in.</translation>
    </message>
    <message>
        <source>The profile was not added: %1</source>
        <translation>Het profiel is niet toegevoegd: %1</translation>
    </message>
    <message>
        <source>The profile “%1” was kept: %2</source>
        <translation>Het profiel “%1” is behouden: %2</translation>
    </message>
    <message>
        <source>The profile “%1” was removed, but its password may still be in the keychain: %2</source>
        <translation>Het profiel “%1” is verwijderd, maar het wachtwoord staat mogelijk nog in de sleutelbos: %2</translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkSigner</name>
    <message>
        <source>Password: the API user&apos;s password is missing.</source>
        <translation>Wachtwoord: het wachtwoord van de API-gebruiker ontbreekt.</translation>
    </message>
    <message>
        <source>Hash length: %1 is not 10 or 64.</source>
        <translation>Hashlengte: %1 is niet 10 of 64.</translation>
    </message>
    <message>
        <source>Parameters: a parameter has no name.</source>
        <translation>Parameters: een parameter heeft geen naam.</translation>
    </message>
    <message>
        <source>Parameters: “h” is the hash and cannot be given.</source>
        <translation>Parameters: “h” is de hash en kan niet worden opgegeven.</translation>
    </message>
    <message>
        <source>User: the API user name (parameter u) is missing.</source>
        <translation>Gebruiker: de API-gebruikersnaam (parameter u) ontbreekt.</translation>
    </message>
    <message>
        <source>Entity key: “%1” is not a GUID such as 2b2b9bff-0c96-4f33-a20d-c831ac87e571.</source>
        <translation>Entiteitssleutel: “%1” is geen GUID zoals 2b2b9bff-0c96-4f33-a20d-c831ac87e571.</translation>
    </message>
    <message>
        <source>Short alias: spbl.eu links exist on production only.</source>
        <translation>Korte alias: spbl.eu-links bestaan alleen in productie.</translation>
    </message>
    <message>
        <source>Short alias: spbl.eu links exist for payments only, not mandates.</source>
        <translation>Korte alias: spbl.eu-links bestaan alleen voor betalingen, niet voor machtigingen.</translation>
    </message>
</context>
<context>
    <name>paylink::Payment</name>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betaald</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
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
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Link refused: %1</source>
        <translation>Link geweigerd: %1</translation>
    </message>
    <message>
        <source>Short link refused: %1</source>
        <translation>Korte link geweigerd: %1</translation>
    </message>
</context>
<context>
    <name>paylink::PaymentCommands</name>
    <message>
        <source>Add payment</source>
        <translation>Betaling toevoegen</translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation>Betaling bewerken</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n payment(s)</source>
        <translation>
            <numerusform>%n betaling verwijderen</numerusform>
            <numerusform>%n betalingen verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n payment(s) paid</source>
        <translation>
            <numerusform>%n betaling als betaald markeren</numerusform>
            <numerusform>%n betalingen als betaald markeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n payment(s) unpaid</source>
        <translation>
            <numerusform>%n betaling als onbetaald markeren</numerusform>
            <numerusform>%n betalingen als onbetaald markeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %1 (%n payment(s))</source>
        <translation>
            <numerusform>Import van %1 (%n betaling)</numerusform>
            <numerusform>Import van %1 (%n betalingen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::PaymentDialog</name>
    <message>
        <source>New payment</source>
        <translation>Nieuwe betaling</translation>
    </message>
    <message>
        <source>The QR code of the short link, or of the link</source>
        <translation>De QR-code van de korte link, of van de link</translation>
    </message>
    <message>
        <source>Edit payment %1</source>
        <translation>Betaling %1 bewerken</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Currency: “%1” is not an ISO 4217 code such as EUR, USD or RUB.</source>
        <translation>Valuta: “%1” is geen ISO 4217-code zoals EUR, USD of RUB.</translation>
    </message>
    <message>
        <source>Expiry: %1 is in the past; choose today or a later date.</source>
        <translation>Vervaldatum: %1 ligt in het verleden; kies vandaag of een latere datum.</translation>
    </message>
    <message>
        <source>Type a link to see its QR code.</source>
        <translation>Typ een link om de QR-code ervan te zien.</translation>
    </message>
</context>
<context>
    <name>paylink::PaymentExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>De export is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>The links of %n payment(s) break the link rule (for example a javascript: address or a hidden user name) and were left out; the payment list shows why.</source>
        <translation>
            <numerusform>De link van %n betaling overtreedt de linkregel (bijvoorbeeld een javascript:-adres of een verborgen gebruikersnaam) en is weggelaten; de betalingslijst laat zien waarom.</numerusform>
            <numerusform>De links van %n betalingen overtreden de linkregel (bijvoorbeeld een javascript:-adres of een verborgen gebruikersnaam) en zijn weggelaten; de betalingslijst laat zien waarom.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::PaymentStore</name>
    <message>
        <source>Currency: “%1” is not an ISO 4217 code such as EUR, USD or RUB.</source>
        <translation>Valuta: “%1” is geen ISO 4217-code zoals EUR, USD of RUB.</translation>
    </message>
    <message>
        <source>Amount: %1 is negative; enter zero or more.</source>
        <translation>Bedrag: %1 is negatief; voer nul of meer in.</translation>
    </message>
    <message>
        <source>Amount: %1 is too large; the most is %2.</source>
        <translation>Bedrag: %1 is te groot; het maximum is %2.</translation>
    </message>
    <message>
        <source>Status: “expired” is derived from the expiry date and cannot be set.</source>
        <translation>Status: “verlopen” wordt afgeleid van de vervaldatum en kan niet worden ingesteld.</translation>
    </message>
    <message>
        <source>E-mail: “%1” does not look like an e-mail address.</source>
        <translation>E-mail: “%1” lijkt geen e-mailadres.</translation>
    </message>
    <message>
        <source>Status: a payment without a link cannot be ready; save it as a draft.</source>
        <translation>Status: een betaling zonder link kan niet gereed zijn; sla deze op als concept.</translation>
    </message>
    <message>
        <source>Payment %1 of %2: %3</source>
        <translation>Betaling %1 van %2: %3</translation>
    </message>
    <message>
        <source>The payment could not be saved.</source>
        <translation>De betaling kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>A payment with the same external id already exists for this profile; nothing was saved.</source>
        <translation>Er bestaat voor dit profiel al een betaling met hetzelfde externe id; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The payment could not be saved; nothing was written.</source>
        <translation>De betaling kon niet worden opgeslagen; er is niets geschreven.</translation>
    </message>
    <message>
        <source>This payment has not been saved yet.</source>
        <translation>Deze betaling is nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>The payment could not be saved; it was left as it was.</source>
        <translation>De betaling kon niet worden opgeslagen; deze is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>Payment %1 no longer exists; it may have been deleted elsewhere.</source>
        <translation>Betaling %1 bestaat niet meer; mogelijk is deze elders verwijderd.</translation>
    </message>
    <message>
        <source>The payments could not be deleted.</source>
        <translation>De betalingen konden niet worden verwijderd.</translation>
    </message>
    <message>
        <source>The payments could not be deleted; none were.</source>
        <translation>De betalingen konden niet worden verwijderd; er is er geen enkele verwijderd.</translation>
    </message>
    <message>
        <source>The status could not be changed.</source>
        <translation>De status kon niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>The status could not be changed; nothing was changed.</source>
        <translation>De status kon niet worden gewijzigd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>No payment has the id %1; nothing was changed.</source>
        <translation>Er is geen betaling met id %1; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The payment could not be read.</source>
        <translation>De betaling kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The payments could not be read.</source>
        <translation>De betalingen konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The payments could not be counted.</source>
        <translation>De betalingen konden niet worden geteld.</translation>
    </message>
    <message>
        <source>The totals could not be computed.</source>
        <translation>De totalen konden niet worden berekend.</translation>
    </message>
    <message>
        <source>The order references could not be checked.</source>
        <translation>De orderreferenties konden niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>The import could not be deleted; nothing was changed.</source>
        <translation>De import kon niet worden verwijderd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The import could not be read.</source>
        <translation>De import kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Import %1 no longer exists.</source>
        <translation>Import %1 bestaat niet meer.</translation>
    </message>
    <message>
        <source>Order reference “%1” already has a payment (saved meanwhile elsewhere?); nothing was saved. Re-issue that payment instead.</source>
        <translation>Orderreferentie “%1” heeft al een betaling (intussen elders opgeslagen?); er is niets opgeslagen. Geef in plaats daarvan die betaling opnieuw uit.</translation>
    </message>
    <message>
        <source>Order reference “%1” already has another payment; the payment was left as it was.</source>
        <translation>Orderreferentie “%1” heeft al een andere betaling; de betaling is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>Payment %1 changed elsewhere (another window or the paylink command) since it was shown here; nothing was changed. Look at it again and repeat what you meant to do.</source>
        <translation>Betaling %1 is elders gewijzigd (in een ander venster of met de opdracht paylink) sinds deze hier werd getoond; er is niets gewijzigd. Bekijk de betaling opnieuw en herhaal wat u wilde doen.</translation>
    </message>
    <message>
        <source>Payment %1 no longer exists; it may have been deleted elsewhere. Nothing was changed.</source>
        <translation>Betaling %1 bestaat niet meer; mogelijk is deze elders verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Import %1 no longer exists; it may have been deleted elsewhere. Nothing was changed.</source>
        <translation>Import %1 bestaat niet meer; mogelijk is deze elders verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) of this import changed since it was made (here or elsewhere), so it was not undone; nothing was changed. Use “Delete import…” to remove it anyway.</source>
        <translation>
            <numerusform>%n betaling van deze import is sindsdien gewijzigd (hier of elders), dus de import is niet ongedaan gemaakt; er is niets gewijzigd. Gebruik “Import verwijderen…” om de import toch te verwijderen.</numerusform>
            <numerusform>%n betalingen van deze import zijn sindsdien gewijzigd (hier of elders), dus de import is niet ongedaan gemaakt; er is niets gewijzigd. Gebruik “Import verwijderen…” om de import toch te verwijderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: this payment&apos;s stored status is unknown to this version of Paylink Desk, so it is left as it is.</source>
        <translation>Status: de opgeslagen status van deze betaling is onbekend voor deze versie van Paylink Desk, dus deze blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation>Betalings-id</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>%1: %2 characters long; the most is %3.</source>
        <translation>%1: %2 tekens lang; het maximum is %3.</translation>
    </message>
    <message>
        <source>%1: contains a NUL character, which no payment field may hold.</source>
        <translation>%1: bevat een NUL-teken, dat in geen enkel betalingsveld mag staan.</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Short link: %1</source>
        <translation>Korte link: %1</translation>
    </message>
    <message>
        <source>Payment %1 has a status this version of Paylink Desk does not know; nothing was changed.</source>
        <translation>Betaling %1 heeft een status die deze versie van Paylink Desk niet kent; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>paylink::PaymentTableModel</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
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
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
</context>
<context>
    <name>paylink::PaymentsView</name>
    <message>
        <source>Search order, customer or e-mail (Ctrl+F)</source>
        <translation>Zoeken op order, klant of e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No payment matches the search and filters.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Clear the search (Esc) or the filters to see all payments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Geen betaling voldoet aan de zoekopdracht en filters.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wis de zoekopdracht (Esc) of de filters om alle betalingen te zien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No payments yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Make a payment link for one customer, bring in many from a CSV file, or connect a Bitrix24 portal and get its links. The &lt;b&gt;paylink&lt;/b&gt; command does the same from scripts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nog geen betalingen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Maak een betaallink voor één klant, haal er veel binnen uit een CSV-bestand, of koppel een Bitrix24-portaal en haal de links op. De opdracht &lt;b&gt;paylink&lt;/b&gt; doet hetzelfde vanuit scripts.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>paylink::PortalDialog</name>
    <message>
        <source>Bitrix24 portal</source>
        <translation>Bitrix24-portaal</translation>
    </message>
    <message>
        <source>e.g. Main portal</source>
        <translation>bijv. Hoofdportaal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Incoming webhook</source>
        <translation>Inkomende webhook</translation>
    </message>
    <message>
        <source>OAuth application</source>
        <translation>OAuth-applicatie</translation>
    </message>
    <message>
        <source>&amp;Connect with:</source>
        <translation>Verbinden &amp;met:</translation>
    </message>
    <message>
        <source>Paste the whole “Webhook to call REST API” from Bitrix24 (Developer resources ▸ Other ▸ Incoming webhook), with the “salescenter” and “crm” scopes.</source>
        <translation>Plak de volledige “Webhook to call REST API” uit Bitrix24 (Developer resources ▸ Other ▸ Incoming webhook), met de scopes “salescenter” en “crm”.</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>&amp;Webhook-URL:</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>Portaal&amp;adres:</translation>
    </message>
    <message>
        <source>OAuth &amp;server:</source>
        <translation>OAuth-&amp;server:</translation>
    </message>
    <message>
        <source>local.…</source>
        <translation>local.…</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;id:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Clientge&amp;heim:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Toegangstoken:</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>V&amp;ernieuwingstoken:</translation>
    </message>
    <message>
        <source>only for a portal with its own certificate authority</source>
        <translation>alleen voor een portaal met een eigen certificeringsinstantie</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-certificaat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All (*)</source>
        <translation>PEM-certificaten (*.pem *.crt);;Alle (*)</translation>
    </message>
    <message>
        <source>Extra &amp;CA:</source>
        <translation>Extra &amp;CA:</translation>
    </message>
    <message>
        <source>Enterprise plan (5 requests a second instead of 2)</source>
        <translation>Enterprise-abonnement (5 aanvragen per seconde in plaats van 2)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbinding testen</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>ongewijzigd (bewaard in de sleutelbos)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message numerus="yes">
        <source>%n saved certificate(s); choose a file to replace</source>
        <translation>
            <numerusform>%n opgeslagen certificaat; kies een bestand om het te vervangen</numerusform>
            <numerusform>%n opgeslagen certificaten; kies een bestand om ze te vervangen</numerusform>
        </translation>
    </message>
    <message>
        <source>The webhook URL</source>
        <translation>De webhook-URL</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>Het toegangstoken</translation>
    </message>
    <message>
        <source>The refresh token</source>
        <translation>Het vernieuwingstoken</translation>
    </message>
    <message>
        <source>The client secret</source>
        <translation>Het clientgeheim</translation>
    </message>
    <message>
        <source>Name: give the portal a name.</source>
        <translation>Naam: geef het portaal een naam.</translation>
    </message>
    <message>
        <source>The OAuth server address</source>
        <translation>Het adres van de OAuth-server</translation>
    </message>
    <message>
        <source>Access token: paste the application&apos;s access token.</source>
        <translation>Toegangstoken: plak het toegangstoken van de applicatie.</translation>
    </message>
    <message>
        <source>Refreshing the token needs the client id and client secret as well.</source>
        <translation>Voor het vernieuwen van het token zijn ook de client-id en het clientgeheim nodig.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testen…</translation>
    </message>
    <message>
        <source>Connected: the portal accepted the secret, and it may use Sales Center and CRM payments.</source>
        <translation>Verbonden: het portaal heeft het geheim geaccepteerd en mag Sales Center- en CRM-betalingen gebruiken.</translation>
    </message>
    <message>
        <source>The portal answers from %1 now. Use that address? Nothing was sent there.</source>
        <translation>Het portaal antwoordt nu vanaf %1. Dat adres gebruiken? Er is niets naartoe gestuurd.</translation>
    </message>
    <message>
        <source>only if its payment pages are on another host</source>
        <translation>alleen als de betaalpagina&apos;s op een andere host staan</translation>
    </message>
    <message>
        <source>Payment links from this portal are used only when they lead to the portal itself or to a host listed here (separate several with commas).</source>
        <translation>Betaallinks van dit portaal worden alleen gebruikt als ze naar het portaal zelf of naar een hier vermelde host leiden (scheid meerdere hosts door komma&apos;s).</translation>
    </message>
    <message>
        <source>Other &amp;link hosts:</source>
        <translation>Andere &amp;linkhosts:</translation>
    </message>
    <message>
        <source>Other link hosts: %1</source>
        <translation>Andere linkhosts: %1</translation>
    </message>
    <message>
        <source>Extra CA: %1</source>
        <translation>Extra CA: %1</translation>
    </message>
</context>
<context>
    <name>paylink::PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <source>L — about 7% can be damaged</source>
        <translation>L — ongeveer 7% mag beschadigd zijn</translation>
    </message>
    <message>
        <source>M — about 15% (recommended)</source>
        <translation>M — ongeveer 15% (aanbevolen)</translation>
    </message>
    <message>
        <source>Q — about 25%</source>
        <translation>Q — ongeveer 25%</translation>
    </message>
    <message>
        <source>H — about 30%</source>
        <translation>H — ongeveer 30%</translation>
    </message>
    <message>
        <source>Standard: 2 requests a second, bursts of 50</source>
        <translation>Standard: 2 aanvragen per seconde, pieken van 50</translation>
    </message>
    <message>
        <source>Enterprise: 5 requests a second, bursts of 250</source>
        <translation>Enterprise: 5 aanvragen per seconde, pieken van 250</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Add trusted certificate authorities</source>
        <translation>Vertrouwde certificeringsinstanties toevoegen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificaten (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Kies een kleur</translation>
    </message>
</context>
<context>
    <name>paylink::ProfileDialog</name>
    <message>
        <source>PayByLink profile</source>
        <translation>PayByLink-profiel</translation>
    </message>
    <message>
        <source>e.g. Shop (test)</source>
        <translation>bijv. Winkel (test)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Test (testapi.paybylink.com)</source>
        <translation>Test (testapi.paybylink.com)</translation>
    </message>
    <message>
        <source>Production (api.paybylink.com)</source>
        <translation>Productie (api.paybylink.com)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Omgeving:</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Betaallinks</translation>
    </message>
    <message>
        <source>Mandate links</source>
        <translation>Machtigingslinks</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Entity &amp;key:</source>
        <translation>&amp;Entiteitssleutel:</translation>
    </message>
    <message>
        <source>API &amp;user:</source>
        <translation>API-gebr&amp;uiker:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>optional, e.g. CreatePaymentLinkMapping</source>
        <translation>optioneel, bijv. CreatePaymentLinkMapping</translation>
    </message>
    <message>
        <source>&amp;Mapping template:</source>
        <translation>&amp;Koppelingssjabloon:</translation>
    </message>
    <message>
        <source>optional, https://…</source>
        <translation>optioneel, https://…</translation>
    </message>
    <message>
        <source>E&amp;xpired URL:</source>
        <translation>URL bij ve&amp;rlopen:</translation>
    </message>
    <message>
        <source>E&amp;rror URL:</source>
        <translation>URL bij &amp;fout:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>URL parameter</source>
        <translation>URL-parameter</translation>
    </message>
    <message>
        <source>The names your mapping template expects, in link order. Leave a name empty to leave the field out of links.</source>
        <translation>De namen die uw koppelingssjabloon verwacht, in de volgorde van de link. Laat een naam leeg om het veld weg te laten uit links.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Omhoo&amp;g</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Parameter ma&amp;pping:</source>
        <translation>Parameter&amp;toewijzing:</translation>
    </message>
    <message>
        <source>28,50 (decimal comma)</source>
        <translation>28,50 (decimale komma)</translation>
    </message>
    <message>
        <source>28.50 (decimal point)</source>
        <translation>28.50 (decimale punt)</translation>
    </message>
    <message>
        <source>2850 (minor units)</source>
        <translation>2850 (kleinste eenheden)</translation>
    </message>
    <message>
        <source>&amp;Amounts in links:</source>
        <translation>&amp;Bedragen in links:</translation>
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
        <translation>&amp;Datums in links:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Standaard&amp;valuta:</translation>
    </message>
    <message>
        <source>Full, 64 characters (safest)</source>
        <translation>Volledig, 64 tekens (veiligst)</translation>
    </message>
    <message>
        <source>First 10 characters (shorter links)</source>
        <translation>Eerste 10 tekens (kortere links)</translation>
    </message>
    <message>
        <source>&amp;Hash:</source>
        <translation>&amp;Hash:</translation>
    </message>
    <message>
        <source>Use the spbl.eu short alias as the short link (production payments; not confirmed by a published vector)</source>
        <translation>De korte spbl.eu-alias gebruiken als korte link (productiebetalingen; niet bevestigd door een gepubliceerde testvector)</translation>
    </message>
    <message>
        <source>&amp;Self-test</source>
        <translation>&amp;Zelftest</translation>
    </message>
    <message>
        <source>Signs the PayByLink manual&apos;s example and compares it with the published hash</source>
        <translation>Ondertekent het voorbeeld uit de PayByLink-handleiding en vergelijkt het met de gepubliceerde hash</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>ongewijzigd (bewaard in de sleutelbos)</translation>
    </message>
    <message>
        <source>Edit PayByLink profile “%1”</source>
        <translation>PayByLink-profiel “%1” bewerken</translation>
    </message>
    <message>
        <source>New PayByLink profile</source>
        <translation>Nieuw PayByLink-profiel</translation>
    </message>
    <message>
        <source>✔ The manual&apos;s example signs to %1…, the published hash.</source>
        <translation>✔ Het voorbeeld uit de handleiding wordt ondertekend als %1…, de gepubliceerde hash.</translation>
    </message>
    <message>
        <source>✘ The manual&apos;s example signs to %1, not the published %2. Do not use this build for real links.</source>
        <translation>✘ Het voorbeeld uit de handleiding wordt ondertekend als %1, niet als de gepubliceerde %2. Gebruik deze build niet voor echte links.</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Het wachtwoord</translation>
    </message>
    <message>
        <source>Password: enter the API user&apos;s password.</source>
        <translation>Wachtwoord: voer het wachtwoord van de API-gebruiker in.</translation>
    </message>
    <message>
        <source>the GUID from PayByLink&apos;s merchant panel</source>
        <translation>de GUID uit het merchantpaneel van PayByLink</translation>
    </message>
</context>
<context>
    <name>paylink::ProfileStore</name>
    <message>
        <source>The profiles could not be read.</source>
        <translation>De profielen konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Het profiel kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Profile name: enter a name.</source>
        <translation>Profielnaam: voer een naam in.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name or edit that profile.</source>
        <translation>Er bestaat al een profiel met de naam “%1”; kies een andere naam of bewerk dat profiel.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Het profiel kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name.</source>
        <translation>Er bestaat al een profiel met de naam “%1”; kies een andere naam.</translation>
    </message>
    <message>
        <source>The profile “%1” no longer exists.</source>
        <translation>Het profiel “%1” bestaat niet meer.</translation>
    </message>
    <message>
        <source>The profile could not be removed.</source>
        <translation>Het profiel kon niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>paylink::QrCode</name>
    <message>
        <source>There is nothing to encode: the text is empty.</source>
        <translation>Er is niets te coderen: de tekst is leeg.</translation>
    </message>
    <message>
        <source>A lower error correction level holds more (L: %1 bytes); a short link is better still.</source>
        <translation>Een lager foutcorrectieniveau bevat meer (L: %1 bytes); een korte link is nog beter.</translation>
    </message>
    <message>
        <source>Use a short link instead.</source>
        <translation>Gebruik in plaats daarvan een korte link.</translation>
    </message>
    <message>
        <source>The text is %1 bytes long, but a QR code at error correction %2 holds at most %3 bytes.</source>
        <translation>De tekst is %1 bytes lang, maar een QR-code met foutcorrectie %2 bevat hoogstens %3 bytes.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>De QR-code kon niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>paylink::QrExport</name>
    <message>
        <source>“%1” does not end in .png, .svg or .pdf; choose one of these formats.</source>
        <translation>“%1” eindigt niet op .png, .svg of .pdf; kies een van deze formaten.</translation>
    </message>
    <message>
        <source>The image for “%1” could not be made.</source>
        <translation>De afbeelding voor “%1” kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation>“%1” kon niet worden geschreven: %2.</translation>
    </message>
</context>
<context>
    <name>paylink::QrPanel</name>
    <message>
        <source>Print larger</source>
        <translation>Groter afdrukken</translation>
    </message>
    <message>
        <source>Lower error correction</source>
        <translation>Foutcorrectie verlagen</translation>
    </message>
    <message>
        <source>Copy &amp;short link</source>
        <translation>&amp;Korte link kopiëren</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopiëren</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>&amp;Afbeelding kopiëren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Controleren…</translation>
    </message>
    <message>
        <source>Copy the short link, or the link when there is no short one (Ctrl+Shift+C)</source>
        <translation>De korte link kopiëren, of de link als er geen korte is (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy the code as PNG and SVG, for documents and designers</source>
        <translation>De code kopiëren als PNG en SVG, voor documenten en ontwerpers</translation>
    </message>
    <message>
        <source>Read a printed or exported QR file back and check it carries exactly this link</source>
        <translation>Een afgedrukt of geëxporteerd QR-bestand teruglezen en controleren of het precies deze link bevat</translation>
    </message>
    <message>
        <source>QR &amp;options</source>
        <translation>QR-&amp;opties</translation>
    </message>
    <message>
        <source>Error correction: L holds the most text, H survives the most damage</source>
        <translation>Foutcorrectie: L bevat de meeste tekst, H is het best bestand tegen beschadiging</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> modules</source>
        <translation> modules</translation>
    </message>
    <message>
        <source>&amp;Error correction:</source>
        <translation>&amp;Foutcorrectie:</translation>
    </message>
    <message>
        <source>Printed si&amp;ze:</source>
        <translation>Afgedrukte &amp;grootte:</translation>
    </message>
    <message>
        <source>&amp;Quiet zone:</source>
        <translation>&amp;Witrand:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Kleuren:</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Kies een kleur</translation>
    </message>
    <message>
        <source>Select a payment with a link to see its QR code.</source>
        <translation>Selecteer een betaling met een link om de QR-code te zien.</translation>
    </message>
    <message>
        <source>Version %1 · %2 modules · %3 mm a module at %4 mm</source>
        <translation>Versie %1 · %2 modules · %3 mm per module bij %4 mm</translation>
    </message>
    <message>
        <source>Modules of %1 mm are too small for many phone cameras (aim for %2 mm or more): print it larger or lower the error correction.</source>
        <translation>Modules van %1 mm zijn te klein voor veel telefooncamera&apos;s (streef naar %2 mm of meer): druk groter af of verlaag de foutcorrectie.</translation>
    </message>
    <message>
        <source>A short link makes a much smaller code.</source>
        <translation>Een korte link levert een veel kleinere code op.</translation>
    </message>
    <message>
        <source>Copied the link (there is no short link).</source>
        <translation>Link gekopieerd (er is geen korte link).</translation>
    </message>
    <message>
        <source>Copied the short link.</source>
        <translation>Korte link gekopieerd.</translation>
    </message>
    <message>
        <source>Copied the link.</source>
        <translation>Link gekopieerd.</translation>
    </message>
    <message>
        <source>Copied the QR code as PNG and SVG.</source>
        <translation>QR-code gekopieerd als PNG en SVG.</translation>
    </message>
    <message>
        <source>There is no QR code to export.</source>
        <translation>Er is geen QR-code om te exporteren.</translation>
    </message>
    <message>
        <source>Export the QR code</source>
        <translation>De QR-code exporteren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-afbeelding (*.png);;SVG-afbeelding (*.svg);;PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Exported the QR code to %1; verified: it scans to exactly this link.</source>
        <translation>QR-code geëxporteerd naar %1; gecontroleerd: de scan levert precies deze link op.</translation>
    </message>
    <message>
        <source>Verify a QR code file</source>
        <translation>Een QR-codebestand controleren</translation>
    </message>
    <message>
        <source>QR code files (*.png *.svg *.pdf *.jpg *.jpeg)</source>
        <translation>QR-codebestanden (*.png *.svg *.pdf *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No QR code could be read from “%1”.</source>
        <translation>Uit “%1” kon geen QR-code worden gelezen.</translation>
    </message>
    <message>
        <source>“%1” reads “%2”.</source>
        <translation>“%1” bevat “%2”.</translation>
    </message>
    <message>
        <source>Verified: “%1” scans to exactly this payment&apos;s link.</source>
        <translation>Gecontroleerd: de scan van “%1” levert precies de link van deze betaling op.</translation>
    </message>
    <message>
        <source>No QR code for this payment. %1</source>
        <translation>Geen QR-code voor deze betaling. %1</translation>
    </message>
    <message>
        <source>Show lar&amp;ger</source>
        <translation>Groter &amp;tonen</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-code</translation>
    </message>
</context>
<context>
    <name>paylink::QrRenderer</name>
    <message>
        <source>The code is inverted (light modules on a dark background); many scanners cannot read that.</source>
        <translation>De code is omgekeerd (lichte modules op een donkere achtergrond); veel scanners kunnen dat niet lezen.</translation>
    </message>
    <message>
        <source>The contrast is low (%1:1); use at least 4.5:1 so that codes scan.</source>
        <translation>Het contrast is laag (%1:1); gebruik minstens 4,5:1 zodat codes scanbaar zijn.</translation>
    </message>
    <message>
        <source>A quiet zone under 4 modules makes printed codes hard to scan.</source>
        <translation>Een witrand van minder dan 4 modules maakt afgedrukte codes moeilijk scanbaar.</translation>
    </message>
</context>
<context>
    <name>paylink::QrVerifier</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” bestaat niet.</translation>
    </message>
    <message>
        <source>“%1” could not be read as an image, SVG or PDF.</source>
        <translation>“%1” kon niet worden gelezen als afbeelding, SVG of PDF.</translation>
    </message>
    <message>
        <source>No QR code could be read from “%1”. Print or export it larger, with a quiet zone and dark modules on a light background.</source>
        <translation>Uit “%1” kon geen QR-code worden gelezen. Druk of exporteer deze groter af, met een witrand en donkere modules op een lichte achtergrond.</translation>
    </message>
    <message>
        <source>“%1” holds %2 QR codes; expected exactly one.</source>
        <translation>“%1” bevat %2 QR-codes; er werd precies één verwacht.</translation>
    </message>
    <message>
        <source>The QR code in “%1” does not carry the expected link: it reads “%2”.</source>
        <translation>De QR-code in “%1” bevat niet de verwachte link: de inhoud is “%2”.</translation>
    </message>
</context>
<context>
    <name>paylink::QrView</name>
    <message>
        <source>QR code, version %1</source>
        <translation>QR-code, versie %1</translation>
    </message>
    <message>
        <source>This code is too dense to show here (%1 modules across). Use “Show larger”, or widen this panel.</source>
        <translation>Deze code is te dicht om hier te tonen (%1 modules breed). Gebruik “Groter tonen” of maak dit paneel breder.</translation>
    </message>
</context>
<context>
    <name>paylink::SecretFile</name>
    <message>
        <source>%1 starts or ends with white space; check that it belongs there.</source>
        <translation>%1 begint of eindigt met witruimte; controleer of die erbij hoort.</translation>
    </message>
    <message>
        <source>%1 contains an invisible character (U+%2) at position %3; it changes every signature.</source>
        <translation>%1 bevat een onzichtbaar teken (U+%2) op positie %3; dat verandert elke handtekening.</translation>
    </message>
    <message>
        <source>%1 file “%2” cannot be read: %3.</source>
        <translation>%1: bestand “%2” kan niet worden gelezen: %3.</translation>
    </message>
    <message>
        <source>%1 file “%2” is empty: put the secret on its first line.</source>
        <translation>%1: bestand “%2” is leeg: zet het geheim op de eerste regel.</translation>
    </message>
</context>
<context>
    <name>paylink::SecretStore</name>
    <message>
        <source>No keychain is reachable on this desktop, so passwords and tokens are kept for this session only: they are never written to disk, and you will be asked for them again after a restart. Install and unlock a Secret Service keychain (such as GNOME Keyring or KWallet) to keep them.</source>
        <translation>Er is op deze desktop geen sleutelbos bereikbaar, dus wachtwoorden en tokens worden alleen voor deze sessie bewaard: ze worden nooit naar schijf geschreven en na een herstart wordt er opnieuw om gevraagd. Installeer en ontgrendel een Secret Service-sleutelbos (zoals GNOME Keyring of KWallet) om ze te bewaren.</translation>
    </message>
    <message>
        <source>The keychain did not give the secret back. Unlock the keychain and try again.</source>
        <translation>De sleutelbos gaf het geheim niet terug. Ontgrendel de sleutelbos en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The keychain did not store the secret. Unlock the keychain and try again.</source>
        <translation>De sleutelbos heeft het geheim niet opgeslagen. Ontgrendel de sleutelbos en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No keychain is reachable, so the secret could not be deleted from it. Delete it when the keychain is available, or delete the entry “%1” of “%2” in the keychain by hand.</source>
        <translation>Er is geen sleutelbos bereikbaar, dus het geheim kon daar niet uit worden verwijderd. Verwijder het wanneer de sleutelbos beschikbaar is, of verwijder het item “%1” van “%2” handmatig uit de sleutelbos.</translation>
    </message>
    <message>
        <source>The keychain did not delete the secret. Unlock the keychain and try again, or delete the entry “%1” of “%2” in the keychain by hand.</source>
        <translation>De sleutelbos heeft het geheim niet verwijderd. Ontgrendel de sleutelbos en probeer het opnieuw, of verwijder het item “%1” van “%2” handmatig uit de sleutelbos.</translation>
    </message>
</context>
<context>
    <name>paylink::TransactionGuard</name>
    <message>
        <source>The database is busy or read-only; try again.</source>
        <translation>De database is bezet of alleen-lezen; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Er is geen transactie geopend.</translation>
    </message>
    <message>
        <source>The changes could not be saved (the disk may be full); nothing was written.</source>
        <translation>De wijzigingen konden niet worden opgeslagen (mogelijk is de schijf vol); er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>paylink::WebLink</name>
    <message>
        <source>The link is empty.</source>
        <translation>De link is leeg.</translation>
    </message>
    <message>
        <source>The link is %1 bytes long; the most is %2.</source>
        <translation>De link is %1 bytes lang; het maximum is %2.</translation>
    </message>
    <message>
        <source>The link contains a space, tab, line break or other invisible character (U+%1 at position %2).</source>
        <translation>De link bevat een spatie, tab, regeleinde of ander onzichtbaar teken (U+%1 op positie %2).</translation>
    </message>
    <message>
        <source>The link starts with “%1:”; only http:// and https:// links are used.</source>
        <translation>De link begint met “%1:”; alleen links met http:// en https:// worden gebruikt.</translation>
    </message>
    <message>
        <source>The link is not a web address.</source>
        <translation>De link is geen webadres.</translation>
    </message>
    <message>
        <source>The link has no host.</source>
        <translation>De link heeft geen host.</translation>
    </message>
    <message>
        <source>The link names a user before its host (“…@%1”), which disguises where it leads.</source>
        <translation>De link noemt een gebruiker vóór de host (“…@%1”), wat verhult waar de link naartoe leidt.</translation>
    </message>
    <message>
        <source>The link leads to %1, which is neither the portal (%2) nor one of its allowed link hosts.</source>
        <translation>De link leidt naar %1, dus niet naar het portaal (%2) en ook niet naar een van de toegestane linkhosts ervan.</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>geen host</translation>
    </message>
    <message>
        <source>“%1” is not a host name such as pay.example.com.</source>
        <translation>“%1” is geen hostnaam zoals pay.example.com.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::Bitrix24Command</name>
    <message>
        <source>Bitrix24 payments: url, sync, pay, unpay.</source>
        <translation>Bitrix24-betalingen: url, sync, pay, unpay.</translation>
    </message>
    <message>
        <source>Usage: paylink bitrix24 url|sync|pay|unpay [options]</source>
        <translation>Gebruik: paylink bitrix24 url|sync|pay|unpay [opties]</translation>
    </message>
    <message>
        <source>give a sub-command: url, sync, pay or unpay.</source>
        <translation>geef een subopdracht op: url, sync, pay of unpay.</translation>
    </message>
    <message>
        <source>unknown sub-command “%1”; use url, sync, pay or unpay.</source>
        <translation>onbekende subopdracht “%1”; gebruik url, sync, pay of unpay.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::Bitrix24Options</name>
    <message>
        <source>Note: the portal issued new tokens; the token file keeps the old ones, whose refresh token no longer works. Save the portal (paylink profile add bitrix24) to keep them.</source>
        <translation>Let op: het portaal heeft nieuwe tokens uitgegeven; het tokenbestand bevat nog de oude, waarvan het vernieuwingstoken niet meer werkt. Sla het portaal op (paylink profile add bitrix24) om ze te bewaren.</translation>
    </message>
    <message>
        <source>Warning: the new tokens could not be saved: %1</source>
        <translation>Waarschuwing: de nieuwe tokens konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>A saved Bitrix24 portal.</source>
        <translation>Een opgeslagen Bitrix24-portaal.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>File whose first line is the incoming-webhook URL (else $PAYLINK_BITRIX24_WEBHOOK).</source>
        <translation>Bestand met de URL van de inkomende webhook op de eerste regel (anders $PAYLINK_BITRIX24_WEBHOOK).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>The portal address, for OAuth.</source>
        <translation>Het portaaladres, voor OAuth.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A CA certificate (PEM) to trust for this portal, e.g. an on-premise portal&apos;s own CA (may repeat).</source>
        <translation>Een CA-certificaat (PEM) dat voor dit portaal wordt vertrouwd, bijv. de eigen CA van een on-premise portaal (mag herhaald worden).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Pace requests for an Enterprise plan (5 a second, bursts of 250) instead of 2 and 50.</source>
        <translation>Aanvragen doseren voor een Enterprise-abonnement (5 per seconde, pieken van 250) in plaats van 2 en 50.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--profile and --%1 exclude each other: a saved portal brings its own address and secrets.</source>
        <translation>--profile en --%1 sluiten elkaar uit: een opgeslagen portaal heeft zijn eigen adres en geheimen.</translation>
    </message>
    <message>
        <source>--portal</source>
        <translation>--portal</translation>
    </message>
    <message>
        <source>--token-file: “%1” cannot be read: %2.</source>
        <translation>--token-file: “%1” kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>The webhook URL</source>
        <translation>De webhook-URL</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>give --webhook-file FILE (or $PAYLINK_BITRIX24_WEBHOOK), or --portal URL and --token-file FILE.</source>
        <translation>geef --webhook-file BESTAND (of $PAYLINK_BITRIX24_WEBHOOK) op, of --portal URL en --token-file BESTAND.</translation>
    </message>
    <message>
        <source>--timeout is 1 to 600 seconds.</source>
        <translation>--timeout is 1 tot 600 seconden.</translation>
    </message>
    <message>
        <source>JSON file with access_token, refresh_token, client_id, client_secret and oauth_server (OAuth; else $PAYLINK_BITRIX24_TOKEN).</source>
        <translation>JSON-bestand met access_token, refresh_token, client_id, client_secret en oauth_server (OAuth; anders $PAYLINK_BITRIX24_TOKEN).</translation>
    </message>
    <message>
        <source>OAuth needs both --portal URL and --token-file FILE (or $PAYLINK_BITRIX24_TOKEN).</source>
        <translation>OAuth vereist zowel --portal URL als --token-file BESTAND (of $PAYLINK_BITRIX24_TOKEN).</translation>
    </message>
    <message>
        <source>--token-file: “%1”</source>
        <translation>--token-file: “%1”</translation>
    </message>
    <message>
        <source>%1 is not JSON (%2).</source>
        <translation>%1 is geen JSON (%2).</translation>
    </message>
    <message>
        <source>%1: access_token is missing.</source>
        <translation>%1: access_token ontbreekt.</translation>
    </message>
    <message>
        <source>A host besides the portal&apos;s own that its payment links may lead to (may repeat); links to any other host are refused.</source>
        <translation>Een host naast die van het portaal zelf waar de betaallinks van het portaal naartoe mogen leiden (mag herhaald worden); links naar elke andere host worden geweigerd.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Seconds one request may take, headers and body (default 30).</source>
        <translation>Aantal seconden dat één aanvraag mag duren, headers en body samen (standaard 30).</translation>
    </message>
    <message>
        <source>Seconds the whole command may talk to the portal, retries and waits included (default 60, at most 86400); then it ends with exit 3.</source>
        <translation>Aantal seconden dat de hele opdracht met het portaal mag communiceren, inclusief nieuwe pogingen en wachttijden (standaard 60, hoogstens 86400); daarna stopt de opdracht met afsluitcode 3.</translation>
    </message>
    <message>
        <source>--deadline is 1 to 86400 seconds.</source>
        <translation>--deadline is 1 tot 86400 seconden.</translation>
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
        <translation>Een betaling als betaald markeren in Bitrix24.</translation>
    </message>
    <message>
        <source>Mark a payment unpaid in Bitrix24.</source>
        <translation>Een betaling als onbetaald markeren in Bitrix24.</translation>
    </message>
    <message>
        <source>The Bitrix24 payment id.</source>
        <translation>Het id van de Bitrix24-betaling.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--id N is required (a positive number).</source>
        <translation>--id N is verplicht (een positief getal).</translation>
    </message>
    <message>
        <source>Bitrix24 did not confirm the change.</source>
        <translation>Bitrix24 heeft de wijziging niet bevestigd.</translation>
    </message>
    <message>
        <source>Warning: the local copy was not updated: %1</source>
        <translation>Waarschuwing: de lokale kopie is niet bijgewerkt: %1</translation>
    </message>
    <message>
        <source>Payment %1 is paid in Bitrix24.</source>
        <translation>Betaling %1 is betaald in Bitrix24.</translation>
    </message>
    <message>
        <source>Payment %1 is unpaid in Bitrix24.</source>
        <translation>Betaling %1 is onbetaald in Bitrix24.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::Bitrix24SyncCommand</name>
    <message>
        <source>Pull the payments of a deal (2) or an invoice (31) into the database.</source>
        <translation>De betalingen van een deal (2) of een factuur (31) ophalen in de database.</translation>
    </message>
    <message>
        <source>2 (deal) or 31 (invoice).</source>
        <translation>2 (deal) of 31 (factuur).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>The deal&apos;s or invoice&apos;s id.</source>
        <translation>Het id van de deal of factuur.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--entity-type is 2 (deal) or 31 (invoice).</source>
        <translation>--entity-type is 2 (deal) of 31 (factuur).</translation>
    </message>
    <message>
        <source>--entity-id N is required (a positive number).</source>
        <translation>--entity-id N is verplicht (een positief getal).</translation>
    </message>
    <message numerus="yes">
        <source>Synchronised %n payment(s).</source>
        <translation>
            <numerusform>%n betaling gesynchroniseerd.</numerusform>
            <numerusform>%n betalingen gesynchroniseerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::cli::Bitrix24UrlCommand</name>
    <message>
        <source>Print the public link of payments: id, url and short url.</source>
        <translation>De openbare link van betalingen tonen: id, url en korte url.</translation>
    </message>
    <message>
        <source>Payment ids: N, N,N,… or A-B (through batch, 50 a call).</source>
        <translation>Betalings-id&apos;s: N, N,N,… of A-B (via batch, 50 per aanroep).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>ID&apos;S</translation>
    </message>
    <message>
        <source>Also store the links as payments.</source>
        <translation>De links ook als betalingen opslaan.</translation>
    </message>
    <message>
        <source>--id is required.</source>
        <translation>--id is verplicht.</translation>
    </message>
    <message>
        <source>--id: %1</source>
        <translation>--id: %1</translation>
    </message>
    <message>
        <source>Note: payment %1: the portal&apos;s QR image is broken; Paylink Desk draws its own from the short link.</source>
        <translation>Let op: betaling %1: de QR-afbeelding van het portaal is defect; Paylink Desk tekent een eigen afbeelding op basis van de korte link.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::Command</name>
    <message>
        <source>Usage: paylink &lt;command&gt; [options]</source>
        <translation>Gebruik: paylink &lt;opdracht&gt; [opties]</translation>
    </message>
    <message>
        <source>Payment links and QR invoices for Bitrix24 and PayByLink, from the command line.</source>
        <translation>Betaallinks en QR-facturen voor Bitrix24 en PayByLink, vanaf de opdrachtregel.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Run “paylink &lt;command&gt; --help” for the options of a command.</source>
        <translation>Voer “paylink &lt;opdracht&gt; --help” uit voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>Run “paylink %1 --help” for usage.</source>
        <translation>Voer “paylink %1 --help” uit voor het gebruik.</translation>
    </message>
    <message>
        <source>The payments database (default: %1).</source>
        <translation>De betalingendatabase (standaard: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>paylink: unknown command “%1”.</source>
        <translation>paylink: onbekende opdracht “%1”.</translation>
    </message>
    <message>
        <source>Only payments with this status: draft, ready, paid, failed or expired.</source>
        <translation>Alleen betalingen met deze status: draft, ready, paid, failed of expired.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only payments whose order, customer or e-mail contains TEXT.</source>
        <translation>Alleen betalingen waarvan order, klant of e-mail TEKST bevat.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Only payments of this service: bitrix24 or paybylink.</source>
        <translation>Alleen betalingen van deze dienst: bitrix24 of paybylink.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>--status “%1” is not one of draft, ready, paid, failed, expired.</source>
        <translation>--status “%1” is niet een van draft, ready, paid, failed, expired.</translation>
    </message>
    <message>
        <source>--service “%1” is not one of bitrix24, paybylink.</source>
        <translation>--service “%1” is niet een van bitrix24, paybylink.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 invalid data, 2 usage, 3 remote or service error (also a database another program keeps busy).</source>
        <translation>Afsluitcodes: 0 gelukt, 1 ongeldige gegevens, 2 onjuist gebruik, 3 fout op afstand of bij de dienst (ook een database die een ander programma bezet houdt).</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ExportCommand</name>
    <message>
        <source>Write the payments to a CSV file (RFC 4180, UTF-8).</source>
        <translation>De betalingen naar een CSV-bestand schrijven (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>The CSV file to write (replaced atomically).</source>
        <translation>Het CSV-bestand dat wordt geschreven (atomair vervangen).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Field delimiter: , (default) or ;.</source>
        <translation>Veldscheidingsteken: , (standaard) of ;.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation>Het bestand laten beginnen met een UTF-8-byte-order-mark (voor Excel).</translation>
    </message>
    <message>
        <source>Only what is sent out: orderRef, customerName, amount, currency, link, shortLink.</source>
        <translation>Alleen wat wordt verstuurd: orderRef, customerName, amount, currency, link, shortLink.</translation>
    </message>
    <message>
        <source>-o FILE is required.</source>
        <translation>-o BESTAND is verplicht.</translation>
    </message>
    <message>
        <source>--delimiter “%1” is not , or ;.</source>
        <translation>--delimiter “%1” is niet , of ;.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payment(s) to %1.</source>
        <translation>
            <numerusform>%n betaling geëxporteerd naar %1.</numerusform>
            <numerusform>%n betalingen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write every value as it is. By default a value that starts with =, +, -, @, a tab or a carriage return gets a leading &apos; so that a spreadsheet shows it as text instead of running it as a formula; paylink paybylink import takes that &apos; away again.</source>
        <translation>Elke waarde schrijven zoals ze is. Standaard krijgt een waarde die begint met =, +, -, @, een tab of een regelterugloop een &apos; ervoor, zodat een spreadsheet haar als tekst toont in plaats van haar als formule uit te voeren; paylink paybylink import haalt die &apos; weer weg.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ImportCommand</name>
    <message>
        <source>Sign a link for every row of a CSV file and store them all in one transaction.</source>
        <translation>Voor elke rij van een CSV-bestand een link ondertekenen en alle links in één transactie opslaan.</translation>
    </message>
    <message>
        <source>The field delimiter: “,”, “;” or “tab” (detected when not given).</source>
        <translation>Het veldscheidingsteken: “,”, “;” of “tab” (automatisch herkend als het niet is opgegeven).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Tie a column of the file to a field (order, name, email, phone, amount, currency, description, expiry, language, gender); may repeat.</source>
        <translation>Een kolom van het bestand aan een veld koppelen (order, name, email, phone, amount, currency, description, expiry, language, gender); mag herhaald worden.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <translation>KOLOM=VELD</translation>
    </message>
    <message>
        <source>A constant raw parameter added to every link (may repeat).</source>
        <translation>Een vaste onbewerkte parameter die aan elke link wordt toegevoegd (mag herhaald worden).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAAM=WAARDE</translation>
    </message>
    <message>
        <source>Check every row and report, but sign and store nothing.</source>
        <translation>Elke rij controleren en rapporteren, maar niets ondertekenen of opslaan.</translation>
    </message>
    <message>
        <source>Write the rejected rows, with an error column, to this CSV file to fix and import again.</source>
        <translation>De afgewezen rijen, met een foutkolom, naar dit CSV-bestand schrijven om ze te corrigeren en opnieuw te importeren.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Print the time of each phase on stderr.</source>
        <translation>De duur van elke fase tonen op stderr.</translation>
    </message>
    <message>
        <source>give one CSV file to import.</source>
        <translation>geef één CSV-bestand op om te importeren.</translation>
    </message>
    <message>
        <source>--delimiter is “,”, “;” or “tab”.</source>
        <translation>--delimiter is “,”, “;” of “tab”.</translation>
    </message>
    <message>
        <source>--map “%1” is not COLUMN=FIELD with FIELD one of order, name, email, phone, amount, currency, description, expiry, language, gender.</source>
        <translation>--map “%1” is niet KOLOM=VELD met VELD een van order, name, email, phone, amount, currency, description, expiry, language, gender.</translation>
    </message>
    <message>
        <source>--map gives the field %1 twice (“%2” and “%3”).</source>
        <translation>--map geeft het veld %1 twee keer (“%2” en “%3”).</translation>
    </message>
    <message>
        <source>--param “%1” is not NAME=VALUE.</source>
        <translation>--param “%1” is niet NAAM=WAARDE.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rij %1: %2</translation>
    </message>
    <message>
        <source>dry run: would import %1, rejected %2</source>
        <translation>proefrun: zou %1 importeren, %2 afgewezen</translation>
    </message>
    <message>
        <source>imported %1, rejected %2</source>
        <translation>%1 geïmporteerd, %2 afgewezen</translation>
    </message>
    <message>
        <source>No row was valid; nothing was written.</source>
        <translation>Geen enkele rij was geldig; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Import batch %1 (paylink list shows its payments).</source>
        <translation>Importbatch %1 (paylink list toont de betalingen ervan).</translation>
    </message>
    <message>
        <source>parse %1 ms, check %2 ms, sign %3 ms (summed over the signing threads), write %4 ms, index %5 ms, commit %6 ms, total %7 ms</source>
        <translation>parsen %1 ms, controleren %2 ms, ondertekenen %3 ms (opgeteld over de ondertekeningsthreads), schrijven %4 ms, indexeren %5 ms, commit %6 ms, totaal %7 ms</translation>
    </message>
    <message>
        <source>When another program is writing to the database, wait up to this many seconds for it (default 120), saying so on stderr; then give up with nothing written.</source>
        <translation>Als een ander programma naar de database schrijft, maximaal zoveel seconden daarop wachten (standaard 120) en dat melden op stderr; daarna opgeven zonder iets te schrijven.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDEN</translation>
    </message>
    <message>
        <source>--wait is a number of seconds from 0 to 86400.</source>
        <translation>--wait is een aantal seconden van 0 tot en met 86400.</translation>
    </message>
    <message>
        <source>waiting for another import (or another writer) to finish…</source>
        <translation>wachten tot een andere import (of een ander schrijvend programma) klaar is…</translation>
    </message>
</context>
<context>
    <name>paylink::cli::InvoicesCommand</name>
    <message>
        <source>Write one PDF with a QR invoice per payment.</source>
        <translation>Eén PDF schrijven met een QR-factuur per betaling.</translation>
    </message>
    <message>
        <source>Local ids of the payments, with commas.</source>
        <translation>Lokale id&apos;s van de betalingen, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>N,...</source>
        <translation>N,...</translation>
    </message>
    <message>
        <source>Every payment (or every one matching --status, --search, --service).</source>
        <translation>Elke betaling (of elke betaling die voldoet aan --status, --search, --service).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Het PDF-bestand dat wordt geschreven.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Paper: A4 (default) or Letter.</source>
        <translation>Papier: A4 (standaard) of Letter.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <source>Invoices a page: 1 (default), 2, 4 or 8 as labels.</source>
        <translation>Facturen per pagina: 1 (standaard), 2, 4 of 8 als etiketten.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>give either --ids N,... or --all.</source>
        <translation>geef --ids N,... of --all op.</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required.</source>
        <translation>-o BESTAND.pdf is verplicht.</translation>
    </message>
    <message>
        <source>--page “%1” is not A4 or Letter.</source>
        <translation>--page “%1” is niet A4 of Letter.</translation>
    </message>
    <message>
        <source>--per-page “%1” is not 1, 2, 4 or 8.</source>
        <translation>--per-page “%1” is niet 1, 2, 4 of 8.</translation>
    </message>
    <message>
        <source>--ids “%1” is not a payment id (a whole number from 1).</source>
        <translation>--ids “%1” is geen betalings-id (een geheel getal vanaf 1).</translation>
    </message>
    <message>
        <source>payment %1: no payment has this id</source>
        <translation>betaling %1: er is geen betaling met dit id</translation>
    </message>
    <message>
        <source>payment %1: %2</source>
        <translation>betaling %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n invoice(s) to %1</source>
        <translation>
            <numerusform>%n factuur geschreven naar %1</numerusform>
            <numerusform>%n facturen geschreven naar %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s)).</source>
        <translation>
            <numerusform>(%n pagina).</numerusform>
            <numerusform>(%n pagina&apos;s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::cli::ListCommand</name>
    <message>
        <source>List the payments in the database.</source>
        <translation>De betalingen in de database weergeven.</translation>
    </message>
    <message>
        <source>Print a JSON array of payment objects.</source>
        <translation>Een JSON-array met betalingsobjecten uitvoeren.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::MarkPaidCommand</name>
    <message>
        <source>Mark payments as paid by hand.</source>
        <translation>Betalingen handmatig als betaald markeren.</translation>
    </message>
    <message>
        <source>Mark paid payments as not paid (back to ready, or draft without a link).</source>
        <translation>Betaalde betalingen als niet betaald markeren (terug naar gereed, of concept zonder link).</translation>
    </message>
    <message>
        <source>Local id of the payment, as `list` prints it; several with commas.</source>
        <translation>Lokaal id van de betaling, zoals `list` het toont; meerdere gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--id N is required.</source>
        <translation>--id N is verplicht.</translation>
    </message>
    <message>
        <source>--id “%1” is not a payment id (a whole number from 1).</source>
        <translation>--id “%1” is geen betalings-id (een geheel getal vanaf 1).</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n payment(s) paid.</source>
        <translation>
            <numerusform>%n betaling als betaald gemarkeerd.</numerusform>
            <numerusform>%n betalingen als betaald gemarkeerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n payment(s) unpaid.</source>
        <translation>
            <numerusform>%n betaling als onbetaald gemarkeerd.</numerusform>
            <numerusform>%n betalingen als onbetaald gemarkeerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::cli::PayByLinkCommand</name>
    <message>
        <source>PayByLink links: sign, import.</source>
        <translation>PayByLink-links: sign, import.</translation>
    </message>
    <message>
        <source>Usage: paylink paybylink sign|import [options]</source>
        <translation>Gebruik: paylink paybylink sign|import [opties]</translation>
    </message>
    <message>
        <source>give a sub-command: sign or import.</source>
        <translation>geef een subopdracht op: sign of import.</translation>
    </message>
    <message>
        <source>unknown sub-command “%1”; use sign or import.</source>
        <translation>onbekende subopdracht “%1”; gebruik sign of import.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::PayByLinkOptions</name>
    <message>
        <source>A saved PayByLink profile.</source>
        <translation>Een opgeslagen PayByLink-profiel.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>The entity key (a GUID).</source>
        <translation>De entiteitssleutel (een GUID).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SLEUTEL</translation>
    </message>
    <message>
        <source>The API user name (parameter u).</source>
        <translation>De API-gebruikersnaam (parameter u).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>GEBRUIKER</translation>
    </message>
    <message>
        <source>File whose first line is the API password (else $PAYLINK_PASSWORD).</source>
        <translation>Bestand met het API-wachtwoord op de eerste regel (anders $PAYLINK_PASSWORD).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Production instead of the test system.</source>
        <translation>Productie in plaats van het testsysteem.</translation>
    </message>
    <message>
        <source>A mandate link instead of a payment link.</source>
        <translation>Een machtigingslink in plaats van een betaallink.</translation>
    </message>
    <message>
        <source>Mapping template.</source>
        <translation>Koppelingssjabloon.</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>SJABLOON</translation>
    </message>
    <message>
        <source>URL shown when the link has expired.</source>
        <translation>URL die wordt getoond als de link is verlopen.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>URL shown when an error occurs.</source>
        <translation>URL die wordt getoond als er een fout optreedt.</translation>
    </message>
    <message>
        <source>64 (default, safest) or 10.</source>
        <translation>64 (standaard, veiligst) of 10.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Also make the spbl.eu short alias (production; not confirmed by a published vector).</source>
        <translation>Ook de korte spbl.eu-alias maken (productie; niet bevestigd door een gepubliceerde testvector).</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Het wachtwoord</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>$PAYLINK_PASSWORD</source>
        <translation>$PAYLINK_PASSWORD</translation>
    </message>
    <message>
        <source>--hash-length is 10 or 64.</source>
        <translation>--hash-length is 10 of 64.</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --profile; edit the profile instead.</source>
        <translation>--%1 kan niet worden gecombineerd met --profile; bewerk in plaats daarvan het profiel.</translation>
    </message>
    <message>
        <source>its password is not in the keychain</source>
        <translation>het wachtwoord staat niet in de sleutelbos</translation>
    </message>
    <message>
        <source>no keychain is reachable, so its password is not available</source>
        <translation>er is geen sleutelbos bereikbaar, dus het wachtwoord is niet beschikbaar</translation>
    </message>
    <message>
        <source>Profile “%1”: %2. Give --password-file FILE or set $PAYLINK_PASSWORD.</source>
        <translation>Profiel “%1”: %2. Geef --password-file BESTAND op of stel $PAYLINK_PASSWORD in.</translation>
    </message>
    <message>
        <source>--entity-key KEY is required without --profile.</source>
        <translation>--entity-key SLEUTEL is verplicht zonder --profile.</translation>
    </message>
    <message>
        <source>--user USER is required without --profile.</source>
        <translation>--user GEBRUIKER is verplicht zonder --profile.</translation>
    </message>
    <message>
        <source>the password is missing: give --password-file FILE or set $PAYLINK_PASSWORD (never on the command line).</source>
        <translation>het wachtwoord ontbreekt: geef --password-file BESTAND op of stel $PAYLINK_PASSWORD in (nooit op de opdrachtregel).</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ProfileAddCommand</name>
    <message>
        <source>The parameter mapping in URL order, e.g. language=L,currency=C,amount=A,expiry=Ex,order=Or (fields not listed are left out of links).</source>
        <translation>De parametertoewijzing in URL-volgorde, bijv. language=L,currency=C,amount=A,expiry=Ex,order=Or (velden die niet worden genoemd, worden weggelaten uit links).</translation>
    </message>
    <message>
        <source>FIELD=PARAM,...</source>
        <translation>VELD=PARAM,...</translation>
    </message>
    <message>
        <source>How amounts are written in links: comma (28,50, default), point (28.50) or minor (2850).</source>
        <translation>Hoe bedragen in links worden geschreven: comma (28,50, standaard), point (28.50) of minor (2850).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>NOTATIE</translation>
    </message>
    <message>
        <source>How dates are written in links: dashed (2016-02-29, default) or compact (20160229).</source>
        <translation>Hoe datums in links worden geschreven: dashed (2016-02-29, standaard) of compact (20160229).</translation>
    </message>
    <message>
        <source>Default currency when a payment gives none (EUR).</source>
        <translation>Standaardvaluta als een betaling er geen opgeeft (EUR).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>give the service and a name: profile add paybylink NAME.</source>
        <translation>geef de dienst en een naam op: profile add paybylink NAAM.</translation>
    </message>
    <message>
        <source>unknown service “%1”; it is paybylink or bitrix24.</source>
        <translation>onbekende dienst “%1”; het is paybylink of bitrix24.</translation>
    </message>
    <message>
        <source>--entity-key KEY is required.</source>
        <translation>--entity-key SLEUTEL is verplicht.</translation>
    </message>
    <message>
        <source>--user USER is required.</source>
        <translation>--user GEBRUIKER is verplicht.</translation>
    </message>
    <message>
        <source>--mapping: “%1” is not FIELD=PARAM with FIELD one of order, amount, currency, name, email, phone, description, expiry, language, gender.</source>
        <translation>--mapping: “%1” is niet VELD=PARAM met VELD een van order, amount, currency, name, email, phone, description, expiry, language, gender.</translation>
    </message>
    <message>
        <source>--amount-format is comma, point or minor.</source>
        <translation>--amount-format is comma, point of minor.</translation>
    </message>
    <message>
        <source>--date-format is dashed or compact.</source>
        <translation>--date-format is dashed of compact.</translation>
    </message>
    <message>
        <source>the password is missing: give --password-file FILE or set $PAYLINK_PASSWORD (never on the command line).</source>
        <translation>het wachtwoord ontbreekt: geef --password-file BESTAND op of stel $PAYLINK_PASSWORD in (nooit op de opdrachtregel).</translation>
    </message>
    <message>
        <source>Added PayByLink profile “%1” (%2).</source>
        <translation>PayByLink-profiel “%1” toegevoegd (%2).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>Give --password-file or $PAYLINK_PASSWORD when you sign with this profile.</source>
        <translation>Geef --password-file of $PAYLINK_PASSWORD op wanneer u met dit profiel ondertekent.</translation>
    </message>
    <message>
        <source>Added Bitrix24 portal “%1”: %2.</source>
        <translation>Bitrix24-portaal “%1” toegevoegd: %2.</translation>
    </message>
    <message>
        <source>Add a profile: paylink profile add paybylink NAME --entity-key KEY --user USER [--password-file F] …, or paylink profile add bitrix24 NAME (--webhook-file F | --portal URL --token-file F) [--ca-file PEM] [--link-host HOST]</source>
        <translation>Een profiel toevoegen: paylink profile add paybylink NAAM --entity-key SLEUTEL --user GEBRUIKER [--password-file F] …, of paylink profile add bitrix24 NAAM (--webhook-file F | --portal URL --token-file F) [--ca-file PEM] [--link-host HOST]</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ProfileCommand</name>
    <message>
        <source>Profiles: add, list, remove.</source>
        <translation>Profielen: add, list, remove.</translation>
    </message>
    <message>
        <source>Usage: paylink profile add|list|remove [options]</source>
        <translation>Gebruik: paylink profile add|list|remove [opties]</translation>
    </message>
    <message>
        <source>give a sub-command: add, list or remove.</source>
        <translation>geef een subopdracht op: add, list of remove.</translation>
    </message>
    <message>
        <source>unknown sub-command “%1”; use add, list or remove.</source>
        <translation>onbekende subopdracht “%1”; gebruik add, list of remove.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ProfileListCommand</name>
    <message>
        <source>List the saved profiles (never a secret).</source>
        <translation>De opgeslagen profielen weergeven (nooit een geheim).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Een JSON-array uitvoeren.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ProfileRemoveCommand</name>
    <message>
        <source>Remove a profile and its keychain entries; its payments stay.</source>
        <translation>Een profiel en de bijbehorende items in de sleutelbos verwijderen; de betalingen blijven bewaard.</translation>
    </message>
    <message>
        <source>Remove the profile even when its keychain entry cannot be deleted now (the message says what is left behind).</source>
        <translation>Het profiel ook verwijderen als het item in de sleutelbos nu niet kan worden verwijderd (de melding vermeldt wat er achterblijft).</translation>
    </message>
    <message>
        <source>give the name of the profile to remove.</source>
        <translation>geef de naam op van het profiel dat moet worden verwijderd.</translation>
    </message>
    <message>
        <source>Removed portal “%1” and its keychain entries; its payments stay.</source>
        <translation>Portaal “%1” en de bijbehorende items in de sleutelbos verwijderd; de betalingen blijven bewaard.</translation>
    </message>
    <message>
        <source>Removed profile “%1” and its keychain entry; its payments stay.</source>
        <translation>Profiel “%1” en het bijbehorende item in de sleutelbos verwijderd; de betalingen blijven bewaard.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::QrCommand</name>
    <message>
        <source>Write TEXT as a QR code to a PNG, SVG or PDF file.</source>
        <translation>TEXT als QR-code naar een PNG-, SVG- of PDF-bestand schrijven.</translation>
    </message>
    <message>
        <source>The text to encode, exactly as UTF-8 bytes.</source>
        <translation>De te coderen tekst, precies als UTF-8-bytes.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Het bestand dat wordt geschreven: .png, .svg of .pdf.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Error correction level: L, M (default), Q or H.</source>
        <translation>Foutcorrectieniveau: L, M (standaard), Q of H.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>Pixels a module in a PNG (default 10); with --dpi it sets the printed size of every format.</source>
        <translation>Pixels per module in een PNG (standaard 10); met --dpi bepaalt het de afgedrukte grootte van elk formaat.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (default 300).</source>
        <translation>Resolutie in dots per inch (standaard 300).</translation>
    </message>
    <message>
        <source>Decode the written file with an independent decoder and fail unless it carries exactly TEXT.</source>
        <translation>Het geschreven bestand decoderen met een onafhankelijke decoder en mislukken tenzij het precies TEXT bevat.</translation>
    </message>
    <message>
        <source>Quiet zone in modules (default 4; scanners need 4).</source>
        <translation>Witrand in modules (standaard 4; scanners hebben 4 nodig).</translation>
    </message>
    <message>
        <source>MODULES</source>
        <translation>MODULES</translation>
    </message>
    <message>
        <source>give exactly one TEXT to encode.</source>
        <translation>geef precies één TEXT op om te coderen.</translation>
    </message>
    <message>
        <source>-o FILE is required.</source>
        <translation>-o BESTAND is verplicht.</translation>
    </message>
    <message>
        <source>-o “%1” must end in .png, .svg or .pdf.</source>
        <translation>-o “%1” moet eindigen op .png, .svg of .pdf.</translation>
    </message>
    <message>
        <source>--ecc “%1” is not one of L, M, Q, H.</source>
        <translation>--ecc “%1” is niet een van L, M, Q, H.</translation>
    </message>
    <message>
        <source>--module-px takes a whole number from 1 to 100.</source>
        <translation>--module-px verwacht een geheel getal van 1 tot en met 100.</translation>
    </message>
    <message>
        <source>--dpi takes a whole number from 72 to 4800.</source>
        <translation>--dpi verwacht een geheel getal van 72 tot en met 4800.</translation>
    </message>
    <message>
        <source>--margin takes a whole number from 0 to 40.</source>
        <translation>--margin verwacht een geheel getal van 0 tot en met 40.</translation>
    </message>
    <message>
        <source>Wrote %1: version %2, %3×%3 modules, %4 mm a module, %5 mm wide.</source>
        <translation>%1 geschreven: versie %2, %3×%3 modules, %4 mm per module, %5 mm breed.</translation>
    </message>
    <message>
        <source>Verified: the file scans to exactly the text given.</source>
        <translation>Gecontroleerd: de scan van het bestand levert precies de opgegeven tekst op.</translation>
    </message>
    <message>
        <source>Warning: a quiet zone under 4 modules makes printed codes hard to scan.</source>
        <translation>Waarschuwing: een witrand van minder dan 4 modules maakt afgedrukte codes moeilijk scanbaar.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::SignCommand</name>
    <message>
        <source>Sign a PayByLink createUrl link locally and print it.</source>
        <translation>Een PayByLink-createUrl-link lokaal ondertekenen en tonen.</translation>
    </message>
    <message>
        <source>A raw parameter, taken verbatim (may repeat; kept in order).</source>
        <translation>Een onbewerkte parameter, letterlijk overgenomen (mag herhaald worden; volgorde blijft behouden).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAAM=WAARDE</translation>
    </message>
    <message>
        <source>Also store the link as a payment.</source>
        <translation>De link ook als betaling opslaan.</translation>
    </message>
    <message>
        <source>Print a JSON object with url and hash.</source>
        <translation>Een JSON-object met url en hash uitvoeren.</translation>
    </message>
    <message>
        <source>Typed %1, through the profile&apos;s parameter mapping.</source>
        <translation>Getypte waarde voor %1, via de parametertoewijzing van het profiel.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WAARDE</translation>
    </message>
    <message>
        <source>--%1 needs --profile (its parameter mapping); without a profile give raw parameters with --param.</source>
        <translation>--%1 vereist --profile (voor de parametertoewijzing); geef zonder profiel onbewerkte parameters op met --param.</translation>
    </message>
    <message>
        <source>--param “%1” has no “=”: write NAME=VALUE.</source>
        <translation>--param “%1” heeft geen “=”: schrijf NAAM=WAARDE.</translation>
    </message>
    <message>
        <source>--param “%1” has no name before “=”.</source>
        <translation>--param “%1” heeft geen naam vóór “=”.</translation>
    </message>
    <message>
        <source>Note: the spbl.eu short alias is not confirmed by a published vector.</source>
        <translation>Let op: de korte spbl.eu-alias is niet bevestigd door een gepubliceerde testvector.</translation>
    </message>
    <message>
        <source>--save: C=%1 is not an ISO 4217 currency.</source>
        <translation>--save: C=%1 is geen ISO 4217-valuta.</translation>
    </message>
    <message>
        <source>--order “%1” already has a payment in profile “%2”; nothing was saved. Re-issue that payment instead, or use another order reference.</source>
        <translation>--order “%1” heeft al een betaling in profiel “%2”; er is niets opgeslagen. Geef die betaling opnieuw uit of gebruik een andere orderreferentie.</translation>
    </message>
    <message>
        <source>Saved as payment %1.</source>
        <translation>Opgeslagen als betaling %1.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::VerifyCommand</name>
    <message>
        <source>Read the QR codes of a PNG, SVG or PDF back and check what they carry.</source>
        <translation>De QR-codes van een PNG, SVG of PDF teruglezen en controleren wat ze bevatten.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>Het bestand dat wordt gelezen.</translation>
    </message>
    <message>
        <source>Fail unless the file holds exactly one code carrying exactly TEXT.</source>
        <translation>Mislukken tenzij het bestand precies één code bevat met precies TEKST.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Page of a PDF, from 1 (default 1).</source>
        <translation>Pagina van een PDF, vanaf 1 (standaard 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>give exactly one FILE.</source>
        <translation>geef precies één FILE op.</translation>
    </message>
    <message>
        <source>--page takes a whole number from 1.</source>
        <translation>--page verwacht een geheel getal vanaf 1.</translation>
    </message>
    <message>
        <source>Verified: the file scans to exactly the text expected.</source>
        <translation>Gecontroleerd: de scan van het bestand levert precies de verwachte tekst op.</translation>
    </message>
    <message>
        <source>No QR code could be read from this file.</source>
        <translation>Uit dit bestand kon geen QR-code worden gelezen.</translation>
    </message>
    <message>
        <source>The page does not carry exactly the expected text.</source>
        <translation>De pagina bevat niet precies de verwachte tekst.</translation>
    </message>
</context>
</TS>
