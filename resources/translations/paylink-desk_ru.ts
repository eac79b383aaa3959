<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Print QR invoices</source>
        <translation>Печать счетов с QR-кодом</translation>
    </message>
    <message>
        <source>Invoices for</source>
        <translation>Счета для</translation>
    </message>
    <message>
        <source>the &amp;selected payments</source>
        <translation>&amp;выбранных платежей</translation>
    </message>
    <message>
        <source>every payment in the current &amp;view</source>
        <translation>всех платежей в текущем &amp;представлении</translation>
    </message>
    <message>
        <source>Invoices a &amp;page:</source>
        <translation>Счетов на &amp;странице:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Сервис:</translation>
    </message>
    <message>
        <source>&amp;Order reference:</source>
        <translation>&amp;Номер заказа:</translation>
    </message>
    <message>
        <source>e.g. INV-2026-0017</source>
        <translation>например, INV-2026-0017</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <source>e.g. 28.50</source>
        <translation>например, 28,50</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>e.g. nl-NL</source>
        <translation>например, nl-NL</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>Срок &amp;действия:</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>Сс&amp;ылка:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>S&amp;hort link:</source>
        <translation>Ко&amp;роткая ссылка:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>&amp;Merchant name:</source>
        <translation>&amp;Название продавца:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Логотип:</translation>
    </message>
    <message>
        <source>PNG or SVG file for invoices (optional)</source>
        <translation>Файл PNG или SVG для счетов (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A new language applies the next time Paylink Desk starts.</source>
        <translation>Новый язык будет применён при следующем запуске Paylink Desk.</translation>
    </message>
    <message>
        <source>&amp;QR codes</source>
        <translation>&amp;QR-коды</translation>
    </message>
    <message>
        <source>&amp;Error correction:</source>
        <translation>&amp;Коррекция ошибок:</translation>
    </message>
    <message>
        <source>Printed &amp;size:</source>
        <translation>&amp;Размер при печати:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source>&amp;Quiet zone:</source>
        <translation>&amp;Свободная зона:</translation>
    </message>
    <message>
        <source> modules</source>
        <translation> мод.</translation>
    </message>
    <message>
        <source>&amp;Foreground:</source>
        <translation>&amp;Цвет кода:</translation>
    </message>
    <message>
        <source>Bac&amp;kground:</source>
        <translation>Цвет &amp;фона:</translation>
    </message>
    <message>
        <source>&amp;Bitrix24 and network</source>
        <translation>&amp;Bitrix24 и сеть</translation>
    </message>
    <message>
        <source>Bitrix24 &amp;plan:</source>
        <translation>&amp;Тариф Bitrix24:</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CAs:</source>
        <translation>Дополнительные доверенные &amp;ЦС:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>For on-premise portals signed by a private certificate authority. Certificate checks are never switched off.</source>
        <translation>Для коробочных порталов, сертификат которых выдан частным центром сертификации (ЦС). Проверка сертификатов никогда не отключается.</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Show the text</source>
        <translation>Показать текст</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Save exactly as typed?</source>
        <translation>Сохранить в точности как введено?</translation>
    </message>
    <message>
        <source>Save as Typed</source>
        <translation>Сохранить как введено</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Payment links and QR invoices.</source>
        <translation>Ссылки на оплату и счета с QR-кодом.</translation>
    </message>
    <message>
        <source>The payments database (default: %1).</source>
        <translation>База данных платежей (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
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
        <translation>Адрес портала</translation>
    </message>
    <message>
        <source>%1 is not a web address; copy it from the browser, e.g. https://yourcompany.bitrix24.com.</source>
        <translation>%1: это не веб-адрес; скопируйте адрес из браузера, например https://yourcompany.bitrix24.ru.</translation>
    </message>
    <message>
        <source>%1 starts with http://: Paylink Desk talks to Bitrix24 over HTTPS only. Use the https:// address.</source>
        <translation>%1 начинается с http://, а Paylink Desk работает с Bitrix24 только по HTTPS. Укажите адрес https://.</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 должен начинаться с https://.</translation>
    </message>
    <message>
        <source>The webhook URL</source>
        <translation>URL вебхука</translation>
    </message>
    <message>
        <source>The webhook URL does not look like https://yourcompany.bitrix24.com/rest/1/abc123/: copy the whole “Webhook to call REST API” from the Bitrix24 webhook page.</source>
        <translation>URL вебхука не похож на https://yourcompany.bitrix24.ru/rest/1/abc123/: скопируйте целиком «Вебхук для вызова rest api» со страницы вебхука в Bitrix24.</translation>
    </message>
    <message>
        <source>keeping to the portal&apos;s request rate</source>
        <translation>соблюдение лимита запросов портала</translation>
    </message>
    <message>
        <source>Bitrix24 asked to slow down</source>
        <translation>Bitrix24 попросил снизить частоту запросов</translation>
    </message>
    <message>
        <source>Bitrix24 paused this method until its time limit resets</source>
        <translation>Bitrix24 приостановил этот метод до сброса лимита времени</translation>
    </message>
    <message>
        <source>Bitrix24 did not answer properly</source>
        <translation>Bitrix24 ответил некорректно</translation>
    </message>
</context>
<context>
    <name>paylink::Bitrix24Controller</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>осталось около %n секунды</numerusform>
            <numerusform>осталось около %n секунд</numerusform>
            <numerusform>осталось около %n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>осталось около %n минуты</numerusform>
            <numerusform>осталось около %n минут</numerusform>
            <numerusform>осталось около %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Portals…</source>
        <translation>П&amp;орталы…</translation>
    </message>
    <message>
        <source>&amp;Get Bitrix24 links…</source>
        <translation>&amp;Получить ссылки Bitrix24…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Fetch the public links of Bitrix24 payments: one id, a list or a range.</source>
        <translation>Получить публичные ссылки платежей Bitrix24: по одному ID, списку или диапазону.</translation>
    </message>
    <message>
        <source>&amp;Sync payments of a deal or invoice…</source>
        <translation>&amp;Синхронизировать платежи сделки или счёта…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Mark paid in &amp;Bitrix24</source>
        <translation>Отметить как оплаченный в &amp;Bitrix24</translation>
    </message>
    <message>
        <source>Mark unpaid in B&amp;itrix24</source>
        <translation>Отметить как неоплаченный в B&amp;itrix24</translation>
    </message>
    <message>
        <source>Re&amp;fresh Bitrix24 link</source>
        <translation>О&amp;бновить ссылку Bitrix24</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Only for Bitrix24 payments fetched through a saved portal.</source>
        <translation>Только для платежей Bitrix24, полученных через сохранённый портал.</translation>
    </message>
    <message>
        <source>Remove the portal “%1” and its secrets from the keychain? Its payments stay.</source>
        <translation>Удалить портал «%1» и его секреты из связки ключей? Его платежи останутся.</translation>
    </message>
    <message>
        <source>Bitrix24 portals</source>
        <translation>Порталы Bitrix24</translation>
    </message>
    <message>
        <source>The portal&apos;s new tokens could not be saved: %1</source>
        <translation>Не удалось сохранить новые токены портала: %1</translation>
    </message>
    <message>
        <source>The portal “%1” has moved to an address that is not https; nothing was sent there.</source>
        <translation>Портал «%1» переехал на адрес без https; туда ничего не отправлялось.</translation>
    </message>
    <message>
        <source>Portal moved</source>
        <translation>Портал переехал</translation>
    </message>
    <message>
        <source>The portal “%1” answers from %2 now. Nothing was sent there. Update the saved address?</source>
        <translation>Портал «%1» теперь отвечает с адреса %2. Туда ничего не отправлялось. Обновить сохранённый адрес?</translation>
    </message>
    <message>
        <source>The portal “%1” now uses %2.</source>
        <translation>Портал «%1» теперь использует адрес %2.</translation>
    </message>
    <message>
        <source>The portal&apos;s secrets are missing.</source>
        <translation>Секреты портала отсутствуют.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Get Bitrix24 links</source>
        <translation>Получить ссылки Bitrix24</translation>
    </message>
    <message>
        <source>No Bitrix24 portal is saved yet. Add one now?</source>
        <translation>Ещё нет сохранённых порталов Bitrix24. Добавить портал сейчас?</translation>
    </message>
    <message>
        <source>1063, or 1063,1064, or 1000-1099</source>
        <translation>1063, или 1063,1064, или 1000-1099</translation>
    </message>
    <message>
        <source>&amp;Get links</source>
        <translation>&amp;Получить ссылки</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Портал:</translation>
    </message>
    <message>
        <source>Payment &amp;ids:</source>
        <translation>&amp;ID платежей:</translation>
    </message>
    <message>
        <source>Payment ids: %1</source>
        <translation>ID платежей: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n платёж</numerusform>
            <numerusform>%n платежа</numerusform>
            <numerusform>%n платежей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to the portal</source>
        <translation>
            <numerusform>%n запрос к порталу</numerusform>
            <numerusform>%n запроса к порталу</numerusform>
            <numerusform>%n запросов к порталу</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the portal…</source>
        <translation>Запрос к порталу…</translation>
    </message>
    <message>
        <source>%1 of %2 links · %3</source>
        <translation>Ссылок: %1 из %2 · %3</translation>
    </message>
    <message>
        <source>%1 of %2 links</source>
        <translation>Ссылок: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) saved.</source>
        <translation>
            <numerusform>Сохранена %n ссылка.</numerusform>
            <numerusform>Сохранены %n ссылки.</numerusform>
            <numerusform>Сохранено %n ссылок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the rest was not asked for.</source>
        <translation>Отменено: остальные ссылки не запрашивались.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed:</source>
        <translation>
            <numerusform>%n ошибка:</numerusform>
            <numerusform>%n ошибки:</numerusform>
            <numerusform>%n ошибок:</numerusform>
        </translation>
    </message>
    <message>
        <source>No Bitrix24 portal is saved yet: add one under Bitrix24 ▸ Portals.</source>
        <translation>Ещё нет сохранённых порталов Bitrix24: добавьте портал в меню Bitrix24 ▸ Порталы.</translation>
    </message>
    <message>
        <source>Sync Bitrix24 payments</source>
        <translation>Синхронизация платежей Bitrix24</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>&amp;Of a:</source>
        <translation>&amp;Объект CRM:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message numerus="yes">
        <source>Synchronised %n payment(s).</source>
        <translation>
            <numerusform>Синхронизирован %n платёж.</numerusform>
            <numerusform>Синхронизировано %n платежа.</numerusform>
            <numerusform>Синхронизировано %n платежей.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a payment of a saved Bitrix24 portal</source>
        <translation>%1: это не платёж сохранённого портала Bitrix24</translation>
    </message>
    <message>
        <source>%1: Bitrix24 did not confirm the change.</source>
        <translation>%1: Bitrix24 не подтвердил изменение.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) marked paid in Bitrix24.</source>
        <translation>
            <numerusform>%n платёж отмечен в Bitrix24 как оплаченный.</numerusform>
            <numerusform>%n платежа отмечены в Bitrix24 как оплаченные.</numerusform>
            <numerusform>%n платежей отмечено в Bitrix24 как оплаченные.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) marked unpaid in Bitrix24.</source>
        <translation>
            <numerusform>%n платёж отмечен в Bitrix24 как неоплаченный.</numerusform>
            <numerusform>%n платежа отмечены в Bitrix24 как неоплаченные.</numerusform>
            <numerusform>%n платежей отмечено в Bitrix24 как неоплаченные.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) refreshed.</source>
        <translation>
            <numerusform>Обновлена %n ссылка.</numerusform>
            <numerusform>Обновлены %n ссылки.</numerusform>
            <numerusform>Обновлено %n ссылок.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::Bitrix24Error</name>
    <message>
        <source>Bitrix24 has no payment with this id: check the id in the deal or invoice.</source>
        <translation>В Bitrix24 нет платежа с таким ID: проверьте ID в сделке или счёте.</translation>
    </message>
    <message>
        <source>Bitrix24 says a required value is missing or has the wrong type (the payment id must be a whole number).</source>
        <translation>Bitrix24 сообщает, что обязательное значение отсутствует или имеет неверный тип (ID платежа должен быть целым числом).</translation>
    </message>
    <message>
        <source>Bitrix24 kept refusing requests because too many were sent; wait a minute and try again.</source>
        <translation>Bitrix24 продолжал отклонять запросы, так как их было отправлено слишком много; подождите минуту и повторите попытку.</translation>
    </message>
    <message>
        <source>Bitrix24 has paused this method for this webhook or app for up to ten minutes because it used too much time; try again later.</source>
        <translation>Bitrix24 приостановил этот метод для данного вебхука или приложения на срок до десяти минут из-за превышения лимита времени выполнения; повторите попытку позже.</translation>
    </message>
    <message>
        <source>Bitrix24 support has blocked the REST API of this portal because of overload. Contact Bitrix24 support; retrying does not help.</source>
        <translation>Техподдержка Bitrix24 заблокировала REST API этого портала из-за перегрузки. Обратитесь в поддержку Bitrix24; повторные попытки не помогут.</translation>
    </message>
    <message>
        <source>The Bitrix24 access token is no longer valid and could not be renewed; connect the portal again.</source>
        <translation>Токен доступа Bitrix24 больше не действителен, и обновить его не удалось; подключите портал заново.</translation>
    </message>
    <message>
        <source>Bitrix24 did not accept the webhook or token: check the webhook URL in the portal settings (it may have been deleted or regenerated).</source>
        <translation>Bitrix24 не принял вебхук или токен: проверьте URL вебхука в настройках портала (возможно, вебхук удалён или создан заново).</translation>
    </message>
    <message>
        <source>The webhook or app lacks a permission: give it the “salescenter” and “crm” scopes in Bitrix24, then try again.</source>
        <translation>У вебхука или приложения не хватает прав: выдайте ему права «salescenter» и «crm» в Bitrix24 и повторите попытку.</translation>
    </message>
    <message>
        <source>The Bitrix24 user of this webhook or app may not do this: check that user&apos;s rights in Bitrix24.</source>
        <translation>У пользователя Bitrix24, от имени которого работает вебхук или приложение, нет прав на это действие: проверьте права этого пользователя в Bitrix24.</translation>
    </message>
    <message>
        <source>This Bitrix24 plan has no REST API; it is available on commercial plans.</source>
        <translation>На этом тарифе Bitrix24 нет REST API; он доступен на коммерческих тарифах.</translation>
    </message>
    <message>
        <source>This Bitrix24 portal does not know the method; its version may be too old or the Sales Center may be off.</source>
        <translation>Этот портал Bitrix24 не знает такого метода; возможно, его версия слишком старая или Центр продаж отключён.</translation>
    </message>
    <message>
        <source>Bitrix24 requires HTTPS: use an https:// address for the portal.</source>
        <translation>Bitrix24 требует HTTPS: укажите для портала адрес https://.</translation>
    </message>
    <message>
        <source>Bitrix24 does not allow this method inside a batch.</source>
        <translation>Bitrix24 не разрешает вызывать этот метод внутри пакета (batch).</translation>
    </message>
    <message>
        <source>Bitrix24 refused a batch of more than 50 commands.</source>
        <translation>Bitrix24 отклонил пакет, в котором больше 50 команд.</translation>
    </message>
    <message>
        <source>The Bitrix24 portal had an internal error; try again in a few minutes.</source>
        <translation>На портале Bitrix24 произошла внутренняя ошибка; повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <source>This Bitrix24 portal was deleted or closed.</source>
        <translation>Этот портал Bitrix24 удалён или закрыт.</translation>
    </message>
    <message>
        <source>The Bitrix24 portal has moved to %1. Check the new address and update the portal; nothing was sent to it.</source>
        <translation>Портал Bitrix24 переехал на %1. Проверьте новый адрес и обновите настройки портала; туда ничего не отправлялось.</translation>
    </message>
    <message>
        <source>Bitrix24 could not be reached: check the internet connection and the portal address.</source>
        <translation>Не удалось связаться с Bitrix24: проверьте подключение к интернету и адрес портала.</translation>
    </message>
    <message>
        <source>The secure connection to Bitrix24 failed: the portal&apos;s certificate is not trusted. For a portal with its own certificate authority, add that CA certificate to the portal.</source>
        <translation>Не удалось установить защищённое соединение с Bitrix24: сертификат портала не является доверенным. Если у портала собственный центр сертификации, добавьте сертификат этого ЦС в настройки портала.</translation>
    </message>
    <message>
        <source>Bitrix24 did not answer in time; try again.</source>
        <translation>Bitrix24 не ответил вовремя; повторите попытку.</translation>
    </message>
    <message>
        <source>Bitrix24 answered with something that is not a valid reply; try again later.</source>
        <translation>Bitrix24 прислал некорректный ответ; повторите попытку позже.</translation>
    </message>
    <message>
        <source>The Bitrix24 authorisation has expired or was revoked; connect the portal again to get new tokens.</source>
        <translation>Авторизация в Bitrix24 истекла или была отозвана; подключите портал заново, чтобы получить новые токены.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Bitrix24 reported an error (%1).</source>
        <translation>Bitrix24 сообщил об ошибке (%1).</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>без кода</translation>
    </message>
    <message>
        <source>The time allowed for talking to Bitrix24 (%1 s) ran out before it answered; try again later, or allow longer (paylink: --deadline).</source>
        <translation>Время, отведённое на обмен данными с Bitrix24 (%1 с), истекло раньше, чем пришёл ответ; повторите попытку позже или увеличьте это время (paylink: --deadline).</translation>
    </message>
    <message>
        <source>Bitrix24 sent a payment link that Paylink Desk does not pass on: %1</source>
        <translation>Bitrix24 прислал ссылку на оплату, которую Paylink Desk не передаёт дальше: %1</translation>
    </message>
</context>
<context>
    <name>paylink::Bitrix24Payments</name>
    <message>
        <source>“%1” is not an id or a range such as 1000-1099.</source>
        <translation>«%1» — не ID и не диапазон вида 1000-1099.</translation>
    </message>
    <message>
        <source>at most 10,000 ids at a time.</source>
        <translation>не более 10 000 ID за раз.</translation>
    </message>
    <message>
        <source>give at least one id.</source>
        <translation>укажите хотя бы один ID.</translation>
    </message>
</context>
<context>
    <name>paylink::Bitrix24Portals</name>
    <message>
        <source>Portal “%1”: %2</source>
        <translation>Портал «%1»: %2</translation>
    </message>
    <message>
        <source>its kind “%1” is neither webhook nor oauth.</source>
        <translation>его тип «%1» — не webhook и не oauth.</translation>
    </message>
    <message>
        <source>a saved CA certificate is not PEM.</source>
        <translation>сохранённый сертификат ЦС не в формате PEM.</translation>
    </message>
    <message>
        <source>%1 (OAuth)</source>
        <translation>%1 (OAuth)</translation>
    </message>
    <message>
        <source>%1 (webhook)</source>
        <translation>%1 (вебхук)</translation>
    </message>
    <message>
        <source>Bitrix24 portal %1 no longer exists.</source>
        <translation>Портал Bitrix24 %1 больше не существует.</translation>
    </message>
    <message>
        <source>There is no Bitrix24 portal named “%1”; add one first (paylink profile add bitrix24 NAME --webhook-file FILE).</source>
        <translation>Портала Bitrix24 с именем «%1» нет; сначала добавьте его (paylink profile add bitrix24 NAME --webhook-file FILE).</translation>
    </message>
    <message>
        <source>There is no Bitrix24 portal named “%1”; the portals are: %2.</source>
        <translation>Портала Bitrix24 с именем «%1» нет; есть такие порталы: %2.</translation>
    </message>
    <message>
        <source>Name: give the portal a name.</source>
        <translation>Название: укажите название портала.</translation>
    </message>
    <message>
        <source>The OAuth server address</source>
        <translation>Адрес сервера OAuth</translation>
    </message>
    <message>
        <source>OAuth: the access token is missing.</source>
        <translation>OAuth: отсутствует токен доступа.</translation>
    </message>
    <message>
        <source>OAuth: refreshing needs the application&apos;s client id and client secret as well.</source>
        <translation>OAuth: для обновления токена также нужны код приложения (client_id) и ключ приложения (client_secret).</translation>
    </message>
    <message>
        <source>The portal was not added: %1</source>
        <translation>Портал не добавлен: %1</translation>
    </message>
    <message>
        <source>The portal “%1” was kept: %2</source>
        <translation>Портал «%1» не удалён: %2</translation>
    </message>
    <message>
        <source>The portal “%1” was removed, but its secrets may still be in the keychain: %2</source>
        <translation>Портал «%1» удалён, но его секреты, возможно, остались в связке ключей: %2</translation>
    </message>
    <message>
        <source>add the portal again (paylink profile remove, then profile add).</source>
        <translation>добавьте портал заново (paylink profile remove, затем profile add).</translation>
    </message>
    <message>
        <source>The webhook of portal “%1” is not in the keychain: %2</source>
        <translation>Вебхука портала «%1» нет в связке ключей: %2</translation>
    </message>
    <message>
        <source>The access token of portal “%1” is not in the keychain: %2</source>
        <translation>Токена доступа портала «%1» нет в связке ключей: %2</translation>
    </message>
    <message>
        <source>a saved link host: %1</source>
        <translation>сохранённый хост ссылок: %1</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» не существует.</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose the CA certificate file (PEM) in it.</source>
        <translation>«%1» — это папка; выберите в ней файл сертификата ЦС (PEM).</translation>
    </message>
    <message>
        <source>“%1” is too large to be a CA certificate.</source>
        <translation>«%1» слишком велик для сертификата ЦС.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>Не удаётся прочитать «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate.</source>
        <translation>В «%1» нет сертификата PEM.</translation>
    </message>
</context>
<context>
    <name>paylink::BulkPaymentWriter</name>
    <message>
        <source>Bulk import needs the SQLite database.</source>
        <translation>Для массового импорта нужна база данных SQLite.</translation>
    </message>
    <message>
        <source>The import could not start; nothing was written.</source>
        <translation>Не удалось начать импорт; ничего не записано.</translation>
    </message>
    <message>
        <source>The import has not started.</source>
        <translation>Импорт не начат.</translation>
    </message>
    <message>
        <source>The import stopped at payment %1; nothing was written.</source>
        <translation>Импорт остановился на платеже %1; ничего не записано.</translation>
    </message>
    <message>
        <source>The import could not be completed; nothing was written.</source>
        <translation>Не удалось завершить импорт; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Another program kept the database busy for %n second(s); nothing was imported. Try again when it is done.</source>
        <translation>
            <numerusform>Другая программа занимала базу данных %n секунду; ничего не импортировано. Повторите попытку, когда она закончит работу.</numerusform>
            <numerusform>Другая программа занимала базу данных %n секунды; ничего не импортировано. Повторите попытку, когда она закончит работу.</numerusform>
            <numerusform>Другая программа занимала базу данных %n секунд; ничего не импортировано. Повторите попытку, когда она закончит работу.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::CsvReader</name>
    <message>
        <source>row %1: not valid UTF-8 text; save the file as UTF-8.</source>
        <translation>строка %1: недопустимый текст UTF-8; сохраните файл в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>row %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>строка %1: поле в кавычках не закрыто (не хватает &quot;).</translation>
    </message>
    <message>
        <source>row %1, column %2: text follows a closing quote; write a quote inside a quoted field as &quot;&quot;.</source>
        <translation>строка %1, столбец %2: после закрывающей кавычки идёт текст; кавычку внутри поля в кавычках записывайте как &quot;&quot;.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Файл пуст: в нём нет строки заголовка.</translation>
    </message>
    <message>
        <source>“%1” cannot separate fields; use a comma, a semicolon or a tab.</source>
        <translation>«%1» не может разделять поля; используйте запятую, точку с запятой или табуляцию.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened: %2.</source>
        <translation>Не удаётся открыть файл «%1»: %2.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2.</source>
        <translation>Не удаётся прочитать файл «%1»: %2.</translation>
    </message>
    <message>
        <source>row %1, column %2: a field is longer than %3 characters, so reading stopped there. A quote may be missing, or the file is not a table of payments.</source>
        <translation>строка %1, столбец %2: поле длиннее %3 символов, поэтому чтение на этом остановлено. Возможно, не хватает кавычки или файл не является таблицей платежей.</translation>
    </message>
    <message>
        <source>The file “%1” has a field of more than %2 characters.</source>
        <translation>В файле «%1» есть поле длиннее %2 символов.</translation>
    </message>
</context>
<context>
    <name>paylink::CsvWriter</name>
    <message>
        <source>The file “%1” cannot be written: %2.</source>
        <translation>Не удаётся записать файл «%1»: %2.</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>Файл не открыт.</translation>
    </message>
    <message>
        <source>The file “%1” could not be written (%2); it was left as it was.</source>
        <translation>Не удалось записать файл «%1» (%2); он оставлен без изменений.</translation>
    </message>
</context>
<context>
    <name>paylink::Database</name>
    <message>
        <source>The database could not be prepared.</source>
        <translation>Не удалось подготовить базу данных.</translation>
    </message>
    <message>
        <source>%1 The database file “%2” is damaged; nothing was changed. Restore it from a backup (in Paylink Desk: File ▸ Restore database…).</source>
        <translation>%1 Файл базы данных «%2» повреждён; ничего не изменено. Восстановите его из резервной копии (в Paylink Desk: Файл ▸ Восстановить базу данных…).</translation>
    </message>
    <message>
        <source>%1 The disk is full: free some space and try again; nothing was changed.</source>
        <translation>%1 Диск заполнен: освободите место и повторите попытку; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 Another program is writing to the database; try again in a moment.</source>
        <translation>%1 В базу данных записывает другая программа; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>%1 The database file “%2” is read-only.</source>
        <translation>%1 Файл базы данных «%2» доступен только для чтения.</translation>
    </message>
    <message>
        <source>%1 The database file “%2” could not be read or written (a disk or network drive error).</source>
        <translation>%1 Не удалось прочитать или записать файл базы данных «%2» (ошибка локального или сетевого диска).</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>Не удалось проверить базу данных.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Не указан файл базы данных.</translation>
    </message>
    <message>
        <source>The database path “%1” is a folder. Give the path of a file, e.g. “%1/payments.sqlite”.</source>
        <translation>Путь к базе данных «%1» указывает на папку. Укажите путь к файлу, например «%1/payments.sqlite».</translation>
    </message>
    <message>
        <source>The database path “%1” is not a regular file.</source>
        <translation>Путь к базе данных «%1» не указывает на обычный файл.</translation>
    </message>
    <message>
        <source>The file “%1” is not a Paylink Desk database (it is not an SQLite file). It was left untouched; choose another file.</source>
        <translation>Файл «%1» не является базой данных Paylink Desk (это не файл SQLite). Он не изменён; выберите другой файл.</translation>
    </message>
    <message>
        <source>The database file “%1” is read-only. Check its permissions.</source>
        <translation>Файл базы данных «%1» доступен только для чтения. Проверьте права доступа к нему.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>Файл базы данных «%1» не существует.</translation>
    </message>
    <message>
        <source>The folder “%1” for the database cannot be created. Check the path and its permissions.</source>
        <translation>Не удаётся создать папку «%1» для базы данных. Проверьте путь и права доступа.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be created: its folder is not writable. Check the path and its permissions.</source>
        <translation>Не удаётся создать файл базы данных «%1»: нет прав на запись в папку. Проверьте путь и права доступа.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be created: %2.</source>
        <translation>Не удаётся создать файл базы данных «%1»: %2.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing; install the package libqt6sql6-sqlite.</source>
        <translation>Отсутствует драйвер SQLite для Qt; установите пакет libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened.</source>
        <translation>Не удаётся открыть файл базы данных «%1».</translation>
    </message>
    <message>
        <source>The file “%1” is damaged or not a Paylink Desk database. It was left untouched; restore a backup or choose another file.</source>
        <translation>Файл «%1» повреждён или не является базой данных Paylink Desk. Он не изменён; восстановите резервную копию или выберите другой файл.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot use write-ahead logging. Is it on a network drive? Move it to a local disk.</source>
        <translation>Для файла базы данных «%1» не удаётся включить журнал упреждающей записи (WAL). Возможно, файл находится на сетевом диске? Переместите его на локальный диск.</translation>
    </message>
    <message>
        <source>The backup file “%1” already exists; choose a new name.</source>
        <translation>Файл резервной копии «%1» уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>The backup cannot be written to “%1”: the folder is not writable.</source>
        <translation>Не удаётся записать резервную копию в «%1»: нет прав на запись в папку.</translation>
    </message>
    <message>
        <source>The backup file “%1” cannot be created: %2.</source>
        <translation>Не удаётся создать файл резервной копии «%1»: %2.</translation>
    </message>
    <message>
        <source>The backup to “%1” failed.</source>
        <translation>Не удалось создать резервную копию в «%1».</translation>
    </message>
    <message>
        <source>The backup to “%1” failed; nothing was kept.</source>
        <translation>Не удалось создать резервную копию в «%1»; ничего не сохранено.</translation>
    </message>
    <message>
        <source>“%1” is not a sound Paylink Desk backup; nothing was restored.</source>
        <translation>«%1» не является исправной резервной копией Paylink Desk; ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database; nothing was restored.</source>
        <translation>Не удалось скопировать резервную копию в папку базы данных; ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The search index could not be checked.</source>
        <translation>Не удалось проверить поисковый индекс.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt.</source>
        <translation>Не удалось перестроить поисковый индекс.</translation>
    </message>
    <message>
        <source>The current database could not be saved aside as “%1”; nothing was restored. %2</source>
        <translation>Не удалось отложить текущую базу данных под именем «%1»; ничего не восстановлено. %2</translation>
    </message>
    <message>
        <source>The backup could not be prepared; nothing was restored.</source>
        <translation>Не удалось подготовить резервную копию; ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The backup could not be brought up to date; nothing was restored. %1</source>
        <translation>Не удалось обновить резервную копию; ничего не восстановлено. %1</translation>
    </message>
    <message>
        <source>The backup could not be restored; nothing was changed.</source>
        <translation>Не удалось восстановить данные из резервной копии; ничего не изменено.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened: its folder “%2” is not writable, and the database needs to keep two small files beside it (“%3-wal” and “%3-shm”). Allow writing to the folder, or move the file to one you can write to. Nothing was changed.</source>
        <translation>Не удаётся открыть файл базы данных «%1»: нет прав на запись в его папку «%2», а базе данных нужно хранить рядом с ним два небольших файла («%3-wal» и «%3-shm»). Разрешите запись в эту папку или переместите файл в папку, доступную для записи. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened: the disk that holds it is full (%2 free). Free some space and try again; nothing was changed.</source>
        <translation>Не удаётся открыть файл базы данных «%1»: диск, на котором он находится, заполнен (свободно %2). Освободите место и повторите попытку; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>paylink::DetailPanel</name>
    <message>
        <source>Customer:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Срок действия:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Short link:</source>
        <translation>Короткая ссылка:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Ссылка:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Последняя ошибка:</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Открыть в браузере</translation>
    </message>
    <message>
        <source>No payment selected</source>
        <translation>Платёж не выбран</translation>
    </message>
    <message>
        <source>%1 payment %2</source>
        <translation>Платёж %1 %2</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Платёж %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>не задан</translation>
    </message>
</context>
<context>
    <name>paylink::FilterPanel</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>П&amp;о</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Все</translation>
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
        <translation>Статус</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
</context>
<context>
    <name>paylink::ImportWizard</name>
    <message>
        <source>File and profile</source>
        <translation>Файл и профиль</translation>
    </message>
    <message>
        <source>A CSV export (UTF-8, with “,”, “;” or tab between fields) with one invoice a row.</source>
        <translation>Файл экспорта CSV (UTF-8, поля разделены «,», «;» или табуляцией), по одному счёту в строке.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Запятая (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Точка с запятой (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Choose the column that gives each field. Order reference and amount are required; other columns are ignored.</source>
        <translation>Выберите столбец для каждого поля. Номер заказа и сумма обязательны; остальные столбцы игнорируются.</translation>
    </message>
    <message>
        <source>Choose the columns of the order reference and the amount.</source>
        <translation>Выберите столбцы с номером заказа и суммой.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. Rejected rows are left out; save them to fix and import again.</source>
        <translation>Каждая строка проверяется до того, как что-либо будет записано. Отклонённые строки пропускаются; сохраните их, чтобы исправить и импортировать повторно.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <source>Import PayByLink invoices</source>
        <translation>Импорт счетов PayByLink</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) and %1 column(s) read.</source>
        <translation>
            <numerusform>Прочитана %n строка, столбцов: %1.</numerusform>
            <numerusform>Прочитаны %n строки, столбцов: %1.</numerusform>
            <numerusform>Прочитано %n строк, столбцов: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be imported: fix the rows below and try again.</source>
        <translation>Ни одну строку нельзя импортировать: исправьте строки ниже и повторите попытку.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported.</source>
        <translation>
            <numerusform>Будет импортирована %n строка.</numerusform>
            <numerusform>Будут импортированы %n строки.</numerusform>
            <numerusform>Будет импортировано %n строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>Отклонена %n строка.</numerusform>
            <numerusform>Отклонены %n строки.</numerusform>
            <numerusform>Отклонено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(нет в файле)</translation>
    </message>
    <message>
        <source>The profile&apos;s password is needed to sign the links.</source>
        <translation>Для подписи ссылок нужен пароль профиля.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Проверка %n строки…</numerusform>
            <numerusform>Проверка %n строк…</numerusform>
            <numerusform>Проверка %n строк…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rejected</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>paylink::Invoice</name>
    <message>
        <source>Invoice %1</source>
        <translation>Счёт %1</translation>
    </message>
</context>
<context>
    <name>paylink::InvoiceBatch</name>
    <message>
        <source>it has no link yet</source>
        <translation>у него ещё нет ссылки</translation>
    </message>
    <message>
        <source>%1 invoices a page is not possible; choose 1, 2, 4 or 8.</source>
        <translation>Число счетов на странице (%1) недопустимо; выберите 1, 2, 4 или 8.</translation>
    </message>
    <message>
        <source>There are no payments to put on invoices.</source>
        <translation>Нет платежей, по которым можно сформировать счета.</translation>
    </message>
    <message>
        <source>The invoices could not be started on this device.</source>
        <translation>Не удалось начать вывод счетов на этом устройстве.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Отменено; файл не записан.</translation>
    </message>
    <message>
        <source>None of the payments could be put on an invoice; nothing was written.</source>
        <translation>Ни по одному из платежей не удалось сформировать счёт; ничего не записано.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>Не удаётся записать «%1»: %2.</translation>
    </message>
    <message>
        <source>QR invoices</source>
        <translation>Счета с QR-кодом</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation>Не удалось записать «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>paylink::InvoiceDialog</name>
    <message>
        <source>the &amp;selected payments (%1)</source>
        <translation>&amp;выбранных платежей (%1)</translation>
    </message>
    <message>
        <source>every payment in the current &amp;view (%1)</source>
        <translation>всех платежей в текущем &amp;представлении (%1)</translation>
    </message>
    <message>
        <source>1 (a full page each)</source>
        <translation>1 (каждый на всю страницу)</translation>
    </message>
    <message>
        <source>%1 as labels</source>
        <translation>%1 (этикетками)</translation>
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
        <translation>Сохранить &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>%1 invoices on %2 sheets. Payments without a link are left out and listed afterwards.</source>
        <translation>Счетов: %1, листов: %2. Платежи без ссылки пропускаются; их список будет показан после.</translation>
    </message>
    <message>
        <source>The first sheet</source>
        <translation>Первый лист</translation>
    </message>
</context>
<context>
    <name>paylink::InvoiceRenderer</name>
    <message>
        <source>Scan to pay</source>
        <translation>Отсканируйте для оплаты</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Pay before</source>
        <translation>Оплатить до</translation>
    </message>
    <message>
        <source>Pay before %1</source>
        <translation>Оплатить до %1</translation>
    </message>
</context>
<context>
    <name>paylink::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop this job; nothing half-done is kept</source>
        <translation>Остановить задачу; частично выполненная работа не сохраняется</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message numerus="yes">
        <source>(about %n second(s) left)</source>
        <translation>
            <numerusform>(осталось около %n секунды)</numerusform>
            <numerusform>(осталось около %n секунд)</numerusform>
            <numerusform>(осталось около %n секунд)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::MainWindow</name>
    <message>
        <source>&amp;Print invoices…</source>
        <translation>&amp;Печать счетов…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Add payment…</source>
        <translation>&amp;Добавить платёж…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit payment…</source>
        <translation>&amp;Изменить платёж…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Отметить как опл&amp;аченный</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Mark &amp;unpaid</source>
        <translation>Отметить как &amp;неоплаченный</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <source>Copy &amp;short link</source>
        <translation>Копировать &amp;короткую ссылку</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Открыть в браузере</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Создать &amp;резервную копию базы данных…</translation>
    </message>
    <message>
        <source>&amp;Restore database…</source>
        <translation>&amp;Восстановить базу данных…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Копировать &amp;диагностические сведения</translation>
    </message>
    <message>
        <source>&amp;About Paylink Desk</source>
        <translation>&amp;О программе Paylink Desk</translation>
    </message>
    <message>
        <source>About Paylink Desk</source>
        <translation>О программе Paylink Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Paylink Desk %1&lt;/h3&gt;&lt;p&gt;Payment links and QR invoices for Bitrix24 Sales Center and PayByLink.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paylink Desk %1&lt;/h3&gt;&lt;p&gt;Ссылки на оплату и счета с QR-кодом для Центра продаж Bitrix24 и PayByLink.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>П&amp;латежи</translation>
    </message>
    <message>
        <source>&amp;Bitrix24</source>
        <translation>&amp;Bitrix24</translation>
    </message>
    <message>
        <source>Pay&amp;ByLink</source>
        <translation>Pay&amp;ByLink</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>%1 — Paylink Desk</source>
        <translation>%1 — Paylink Desk</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n платёж</numerusform>
            <numerusform>%n платежа</numerusform>
            <numerusform>%n платежей</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment added. Undo with Ctrl+Z.</source>
        <translation>Платёж добавлен. Отменить: Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n payment(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Удалён %n платёж. Отменить: Ctrl+Z.</numerusform>
            <numerusform>Удалено %n платежа. Отменить: Ctrl+Z.</numerusform>
            <numerusform>Удалено %n платежей. Отменить: Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the link (this payment has no short link).</source>
        <translation>Ссылка скопирована (у этого платежа нет короткой ссылки).</translation>
    </message>
    <message>
        <source>Copied the short link.</source>
        <translation>Короткая ссылка скопирована.</translation>
    </message>
    <message>
        <source>Copied the link.</source>
        <translation>Ссылка скопирована.</translation>
    </message>
    <message>
        <source>This payment has no web link to open.</source>
        <translation>У этого платежа нет веб-ссылки, которую можно открыть.</translation>
    </message>
    <message>
        <source>No web browser could be started. Copy the link instead (Ctrl+C).</source>
        <translation>Не удалось запустить веб-браузер. Скопируйте ссылку (Ctrl+C).</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>Экспорт платежей</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payment(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %n платёж в %1.</numerusform>
            <numerusform>Экспортировано %n платежа в %1.</numerusform>
            <numerusform>Экспортировано %n платежей в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save QR invoices</source>
        <translation>Сохранить счета с QR-кодом</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing %1 invoices at once would take long; save them as a PDF instead and print that.</source>
        <translation>Печать такого количества счетов (%1) за раз займёт много времени; лучше сохраните их в PDF и распечатайте этот файл.</translation>
    </message>
    <message>
        <source>Writing invoices</source>
        <translation>Запись счетов</translation>
    </message>
    <message>
        <source>Payment %1: %2</source>
        <translation>Платёж %1: %2</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Отменено; файл не записан.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n invoice(s) to %1.</source>
        <translation>
            <numerusform>%n счёт записан в %1.</numerusform>
            <numerusform>%n счёта записаны в %1.</numerusform>
            <numerusform>%n счетов записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>Базы данных SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation>Не удаётся заменить «%1».</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Резервная копия сохранена в %1.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Резервное копирование отменено.</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>Восстановление базы данных из резервной копии</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db *.bak);;All files (*)</source>
        <translation>Базы данных SQLite (*.sqlite *.db *.bak);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Restore the database?</source>
        <translation>Восстановить базу данных?</translation>
    </message>
    <message>
        <source>All payments now in “%1” will be replaced by those in “%2”. The current file is kept as “%1.before-restore.bak”.</source>
        <translation>Все платежи, которые сейчас находятся в «%1», будут заменены платежами из «%2». Текущий файл будет сохранён как «%1.before-restore.bak».</translation>
    </message>
    <message>
        <source>Paylink Desk</source>
        <translation>Paylink Desk</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Восстановлено из %1.</translation>
    </message>
    <message>
        <source>Diagnostics copied. Secrets are masked; paste them into your support request.</source>
        <translation>Диагностические сведения скопированы. Секреты скрыты; вставьте сведения в обращение в поддержку.</translation>
    </message>
    <message>
        <source>Stop “%1”?</source>
        <translation>Остановить «%1»?</translation>
    </message>
    <message>
        <source>“%1” is still running. Quitting stops it; an import that has not finished keeps none of its rows.</source>
        <translation>«%1» ещё выполняется. Выход остановит задачу; незавершённый импорт не сохранит ни одной строки.</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Остановить и выйти</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Продолжить работу</translation>
    </message>
    <message>
        <source>Restoring from “%1”…</source>
        <translation>Восстановление из «%1»…</translation>
    </message>
    <message>
        <source>This payment&apos;s status is unknown to this version of Paylink Desk; it is left as it is.</source>
        <translation>Статус этого платежа неизвестен этой версии Paylink Desk; он оставлен без изменений.</translation>
    </message>
    <message>
        <source>&amp;New PayByLink link…</source>
        <translation>&amp;Новая ссылка PayByLink…</translation>
    </message>
    <message>
        <source>&amp;Import a CSV file…</source>
        <translation>&amp;Импорт файла CSV…</translation>
    </message>
    <message>
        <source>&amp;Connect Bitrix24…</source>
        <translation>По&amp;дключить Bitrix24…</translation>
    </message>
</context>
<context>
    <name>paylink::Migrations</name>
    <message>
        <source>“%1” was written by a newer Paylink Desk (schema %2; this version knows up to %3). Update Paylink Desk; the file was left untouched.</source>
        <translation>Файл «%1» записан более новой версией Paylink Desk (схема %2; эта версия поддерживает схемы до %3). Обновите Paylink Desk; файл не изменён.</translation>
    </message>
    <message>
        <source>The database schema cannot be read.</source>
        <translation>Не удаётся прочитать схему базы данных.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not of Paylink Desk. It was left untouched; choose another file.</source>
        <translation>«%1» — база данных SQLite другой программы, а не Paylink Desk. Файл не изменён; выберите другой файл.</translation>
    </message>
    <message>
        <source>The schema version of “%1” cannot be read.</source>
        <translation>Не удаётся прочитать версию схемы «%1».</translation>
    </message>
    <message>
        <source>A backup of “%1” could not be made before updating it, so it was left as it is. %2</source>
        <translation>Не удалось создать резервную копию «%1» перед обновлением, поэтому база данных оставлена без изменений. %2</translation>
    </message>
    <message>
        <source>Updating the database “%1” to schema %2 failed; it was left at schema %3.</source>
        <translation>Не удалось обновить базу данных «%1» до схемы %2; она осталась на схеме %3.</translation>
    </message>
    <message>
        <source>Updating the database “%1” failed.</source>
        <translation>Не удалось обновить базу данных «%1».</translation>
    </message>
    <message>
        <source>“%1” has a schema version (%2) that no Paylink Desk writes. It was left untouched; choose another file.</source>
        <translation>У «%1» версия схемы (%2), которую не записывает ни одна версия Paylink Desk. Файл оставлен без изменений; выберите другой файл.</translation>
    </message>
</context>
<context>
    <name>paylink::Money</name>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 4217 currency code.</source>
        <translation>%1: «%2» не является кодом валюты ISO 4217.</translation>
    </message>
    <message>
        <source>%1 is empty: enter an amount such as 28.50.</source>
        <translation>%1: значение не указано; введите сумму, например 28,50.</translation>
    </message>
    <message>
        <source>%1 “%2” is negative: enter an amount of zero or more.</source>
        <translation>%1 «%2» — отрицательное значение: введите сумму не меньше нуля.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a number: use digits and one decimal separator, e.g. 28.50 or 28,50.</source>
        <translation>%1 «%2» — не число: используйте цифры и один десятичный разделитель, например 28.50 или 28,50.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a number: put digits after the decimal separator.</source>
        <translation>%1 «%2» — не число: после десятичного разделителя должны идти цифры.</translation>
    </message>
    <message>
        <source>%1 “%2” has more than one decimal separator.</source>
        <translation>%1 «%2» содержит больше одного десятичного разделителя.</translation>
    </message>
    <message>
        <source>%1 “%2” has misplaced digit grouping: write it without thousands separators, e.g. 1234.50.</source>
        <translation>%1 «%2»: неверная группировка разрядов; пишите без разделителей тысяч, например 1234,50.</translation>
    </message>
    <message>
        <source>%1 “%2” has decimals, but %3 has no minor unit: enter a whole number.</source>
        <translation>%1 «%2» содержит дробную часть, но у валюты %3 нет дробных единиц: введите целое число.</translation>
    </message>
    <message>
        <source>%1 “%2” has %3 decimals, but %4 allows at most %5.</source>
        <translation>%1 «%2»: знаков после запятой — %3, а валюта %4 допускает не более %5.</translation>
    </message>
    <message>
        <source>%1 “%2” is too large: the most is %3.</source>
        <translation>%1 «%2» — слишком большое значение: максимум %3.</translation>
    </message>
</context>
<context>
    <name>paylink::NewLinkDialog</name>
    <message>
        <source>New PayByLink link</source>
        <translation>Новая ссылка PayByLink</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (тест)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <source>required, e.g. INV-2026-0017</source>
        <translation>обязательно, например INV-2026-0017</translation>
    </message>
    <message>
        <source>&amp;Order reference:</source>
        <translation>&amp;Номер заказа:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>Де&amp;йствует до</translation>
    </message>
    <message>
        <source>optional, e.g. nl-NL</source>
        <translation>необязательно, например nl-NL</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>M</source>
        <translation>М</translation>
    </message>
    <message>
        <source>F</source>
        <translation>Ж</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>По&amp;л:</translation>
    </message>
    <message>
        <source>The signed link appears here while you type.</source>
        <translation>Подписанная ссылка появляется здесь по мере ввода.</translation>
    </message>
    <message>
        <source>The short link is the spbl.eu alias, which no published example confirms.</source>
        <translation>Короткая ссылка — это псевдоним spbl.eu, который не подтверждён ни одним опубликованным примером.</translation>
    </message>
    <message>
        <source>C&amp;opy link</source>
        <translation>Копировать сс&amp;ылку</translation>
    </message>
    <message>
        <source>Add a PayByLink profile first (PayByLink ▸ Profiles…).</source>
        <translation>Сначала добавьте профиль PayByLink (PayByLink ▸ Профили…).</translation>
    </message>
    <message>
        <source>The profile&apos;s password is needed to sign the link.</source>
        <translation>Для подписи ссылки нужен пароль профиля.</translation>
    </message>
    <message>
        <source>The QR code appears when the link is complete.</source>
        <translation>QR-код появится, когда ссылка будет готова.</translation>
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
        <translation>Открытие «%1»…
Старая база данных сначала сохраняется в резервную копию, затем обновляется; для очень большой это займёт время.</translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkController</name>
    <message>
        <source>&amp;New PayByLink link…</source>
        <translation>&amp;Новая ссылка PayByLink…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>Про&amp;фили…</translation>
    </message>
    <message>
        <source>&amp;Delete import…</source>
        <translation>&amp;Удалить импорт…</translation>
    </message>
    <message>
        <source>Delete every payment of the selected payment&apos;s import.</source>
        <translation>Удалить все платежи из импорта, к которому относится выбранный платёж.</translation>
    </message>
    <message>
        <source>&amp;Re-issue link…</source>
        <translation>&amp;Перевыпустить ссылку…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>A new link with the same order data and a new expiry.</source>
        <translation>Новая ссылка с теми же данными заказа и новым сроком действия.</translation>
    </message>
    <message>
        <source>Export &amp;links…</source>
        <translation>Экспорт &amp;ссылок…</translation>
    </message>
    <message>
        <source>Order, customer, amount, currency, link and short link of the shown payments.</source>
        <translation>Номер заказа, клиент, сумма, валюта, ссылка и короткая ссылка показанных платежей.</translation>
    </message>
    <message>
        <source>The password of profile “%1” is not in the keychain.</source>
        <translation>Пароля профиля «%1» нет в связке ключей.</translation>
    </message>
    <message>
        <source>Password of “%1”</source>
        <translation>Пароль для «%1»</translation>
    </message>
    <message>
        <source>API password of %1:</source>
        <translation>Пароль API для %1:</translation>
    </message>
    <message>
        <source>%1 — production, %2</source>
        <translation>%1 — рабочая среда, %2</translation>
    </message>
    <message>
        <source>%1 — test, %2</source>
        <translation>%1 — тестовая среда, %2</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its password from the keychain? Its payments stay.</source>
        <translation>Удалить профиль «%1» и его пароль из связки ключей? Его платежи останутся.</translation>
    </message>
    <message>
        <source>PayByLink profiles</source>
        <translation>Профили PayByLink</translation>
    </message>
    <message>
        <source>Order reference “%1” already has a payment in profile “%2”. Use another reference, or re-issue that payment (Ctrl+R).</source>
        <translation>Для номера заказа «%1» в профиле «%2» уже есть платёж. Укажите другой номер или перевыпустите ссылку этого платежа (Ctrl+R).</translation>
    </message>
    <message>
        <source>New PayByLink link</source>
        <translation>Новая ссылка PayByLink</translation>
    </message>
    <message>
        <source>There is no PayByLink profile yet. Add one now?</source>
        <translation>Профилей PayByLink ещё нет. Добавить профиль сейчас?</translation>
    </message>
    <message>
        <source>Re-issue link for %1</source>
        <translation>Перевыпуск ссылки для %1</translation>
    </message>
    <message>
        <source>Link re-issued. Undo with Ctrl+Z.</source>
        <translation>Ссылка перевыпущена. Отменить: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Link saved. Undo with Ctrl+Z.</source>
        <translation>Ссылка сохранена. Отменить: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <source>Add a PayByLink profile first (PayByLink ▸ Profiles…); the import signs every row with it.</source>
        <translation>Сначала добавьте профиль PayByLink (PayByLink ▸ Профили…): при импорте им подписывается каждая строка.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n link(s).</source>
        <translation>
            <numerusform>Импортирована %n ссылка.</numerusform>
            <numerusform>Импортированы %n ссылки.</numerusform>
            <numerusform>Импортировано %n ссылок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected and left out.</source>
        <translation>
            <numerusform>%n строка отклонена и пропущена.</numerusform>
            <numerusform>%n строки отклонены и пропущены.</numerusform>
            <numerusform>%n строк отклонено и пропущено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Delete import</source>
        <translation>Удалить импорт</translation>
    </message>
    <message numerus="yes">
        <source>Delete the import of “%1”: %n payment(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить импорт «%1»: %n платёж? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить импорт «%1»: %n платежа? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить импорт «%1»: %n платежей? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting import</source>
        <translation>Удаление импорта</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the import: %n payment(s).</source>
        <translation>
            <numerusform>Импорт удалён: %n платёж.</numerusform>
            <numerusform>Импорт удалён: %n платежа.</numerusform>
            <numerusform>Импорт удалён: %n платежей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export links</source>
        <translation>Экспорт ссылок</translation>
    </message>
    <message>
        <source>links.csv</source>
        <translation>links.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting links</source>
        <translation>Экспорт ссылок</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n link(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %n ссылка в %1.</numerusform>
            <numerusform>Экспортированы %n ссылки в %1.</numerusform>
            <numerusform>Экспортировано %n ссылок в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkImport</name>
    <message>
        <source>The file has no column “%1”; its columns are: %2.</source>
        <translation>В файле нет столбца «%1»; в нём есть столбцы: %2.</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” both give the %3; map one with --map or rename the other.</source>
        <translation>Столбцы «%1» и «%2» оба задают поле «%3»; сопоставьте один из них с помощью --map или переименуйте другой.</translation>
    </message>
    <message>
        <source>No column gives the %1. Name a column “%2”, or map one (--map COLUMN=%2). The file&apos;s columns are: %3.</source>
        <translation>Ни один столбец не задаёт поле «%1». Назовите столбец «%2» или сопоставьте его (--map COLUMN=%2). Столбцы файла: %3.</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>В файле есть заголовок, но нет строк для импорта.</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s), but the header has %1: look for a missing or extra “%2” or quote.</source>
        <translation>
            <numerusform>в строке %n поле, а в заголовке — %1: проверьте, нет ли пропущенного или лишнего «%2» или кавычки.</numerusform>
            <numerusform>в строке %n поля, а в заголовке — %1: проверьте, нет ли пропущенного или лишнего «%2» или кавычки.</numerusform>
            <numerusform>в строке %n полей, а в заголовке — %1: проверьте, нет ли пропущенного или лишнего «%2» или кавычки.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” is also on row %3: each order reference may be imported once.</source>
        <translation>%1 «%2» также встречается в строке %3: каждый номер заказа можно импортировать только один раз.</translation>
    </message>
    <message>
        <source>%1 “%2” already has a payment in profile “%3”: delete or re-issue that one instead.</source>
        <translation>%1 «%2»: в профиле «%3» уже есть такой платёж; удалите его или перевыпустите ссылку.</translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkOrders</name>
    <message>
        <source>%1 “%2” is not a date: write it as 2026-12-31, 20261231 or 31-12-2026.</source>
        <translation>%1 «%2» — не дата: укажите её в виде 2026-12-31, 20261231 или 31-12-2026.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a day of the calendar.</source>
        <translation>%1 «%2» — несуществующая календарная дата.</translation>
    </message>
    <message>
        <source>%1 is empty: every link needs an order reference.</source>
        <translation>%1: значение не указано; для каждой ссылки нужен номер заказа.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a whole number of minor units (cents).</source>
        <translation>%1 «%2» — не целое число дробных единиц (центов, копеек).</translation>
    </message>
    <message>
        <source>%1 “%2” is negative: enter an amount of zero or more.</source>
        <translation>%1 «%2» — отрицательное значение: введите сумму не меньше нуля.</translation>
    </message>
    <message>
        <source>%1 “%2” is too large: the most is %3.</source>
        <translation>%1 «%2» — слишком большое значение: максимум %3.</translation>
    </message>
    <message>
        <source>%1 “%2” is not an ISO 4217 currency code such as EUR.</source>
        <translation>%1 «%2» — не код валюты ISO 4217 (например, EUR).</translation>
    </message>
    <message>
        <source>%1 “%2” is not an e-mail address such as jan@example.nl.</source>
        <translation>%1 «%2» — не адрес эл. почты (например, jan@example.nl).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a phone number: use digits, spaces, +, - and brackets.</source>
        <translation>%1 «%2» — не номер телефона: используйте цифры, пробелы, +, - и скобки.</translation>
    </message>
    <message>
        <source>%1 %2 is in the past: a link that has already expired cannot be paid.</source>
        <translation>%1 %2 уже в прошлом: ссылку с истёкшим сроком действия оплатить нельзя.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a language code such as nl-NL or de.</source>
        <translation>%1 «%2» — не код языка (например, nl-NL или de).</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3.</source>
        <translation>%1: слишком длинное значение (символов: %2, максимум: %3).</translation>
    </message>
    <message>
        <source>%1 contains a NUL character, which no payment field may hold (is the file binary, or saved as UTF-16?).</source>
        <translation>%1: значение содержит символ NUL, недопустимый в полях платежа (возможно, файл двоичный или сохранён в кодировке UTF-16?).</translation>
    </message>
    <message>
        <source>The signed link would be %1 bytes long; a link may have at most %2, so that its QR code still scans. Shorten the name or description.</source>
        <translation>Длина подписанной ссылки составила бы %1 байт, а допускается не более %2, чтобы её QR-код ещё можно было отсканировать. Сократите имя или описание.</translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkProfile</name>
    <message>
        <source>Order reference</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Имя клиента</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>%1: “%2” is not a web address; write it in full, starting with https://.</source>
        <translation>%1: «%2» — не веб-адрес; укажите его полностью, начиная с https://.</translation>
    </message>
    <message>
        <source>Profile name: enter a name, such as “Shop test”.</source>
        <translation>Название профиля: введите название, например «Магазин тест».</translation>
    </message>
    <message>
        <source>Profile name: remove the spaces at its start or end.</source>
        <translation>Название профиля: удалите пробелы в начале или в конце.</translation>
    </message>
    <message>
        <source>API user: enter the API user name PayByLink gave you.</source>
        <translation>Пользователь API: введите имя пользователя API, выданное PayByLink.</translation>
    </message>
    <message>
        <source>API user: remove the spaces at its start or end.</source>
        <translation>Пользователь API: удалите пробелы в начале или в конце.</translation>
    </message>
    <message>
        <source>Expired URL</source>
        <translation>URL для истёкших ссылок</translation>
    </message>
    <message>
        <source>Error URL</source>
        <translation>URL при ошибке</translation>
    </message>
    <message>
        <source>Default currency: “%1” is not an ISO 4217 currency code.</source>
        <translation>Валюта по умолчанию: «%1» не является кодом валюты ISO 4217.</translation>
    </message>
    <message>
        <source>Hash length: %1 is not 10 or 64.</source>
        <translation>Длина хеша: %1 — не 10 и не 64.</translation>
    </message>
    <message>
        <source>Short alias: spbl.eu links exist for production payments only.</source>
        <translation>Короткий псевдоним: ссылки spbl.eu бывают только для платежей в рабочей среде.</translation>
    </message>
    <message>
        <source>Parameter mapping: %1 appears twice.</source>
        <translation>Сопоставление параметров: поле «%1» встречается дважды.</translation>
    </message>
    <message>
        <source>Parameter mapping: %1: “%2” is not a parameter name; use letters, digits, “_”, “.”, “~” or “-”.</source>
        <translation>Сопоставление параметров: %1: «%2» — недопустимое имя параметра; используйте латинские буквы, цифры, «_», «.», «~» или «-».</translation>
    </message>
    <message>
        <source>Parameter mapping: %1: “%2” is reserved for PayByLink itself.</source>
        <translation>Сопоставление параметров: %1: имя «%2» зарезервировано самим PayByLink.</translation>
    </message>
    <message>
        <source>Parameter mapping: the name “%1” is used twice.</source>
        <translation>Сопоставление параметров: имя «%1» используется дважды.</translation>
    </message>
    <message>
        <source>Parameter mapping: %1 needs a parameter name; every link carries it.</source>
        <translation>Сопоставление параметров: для поля «%1» нужно имя параметра, так как это поле передаётся в каждой ссылке.</translation>
    </message>
    <message>
        <source>The stored profile has an unknown environment “%1”.</source>
        <translation>В сохранённом профиле указана неизвестная среда «%1».</translation>
    </message>
    <message>
        <source>The stored profile maps an unknown field “%1”.</source>
        <translation>В сохранённом профиле сопоставлено неизвестное поле «%1».</translation>
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
        <translation>Профиль «%1»: %2</translation>
    </message>
    <message>
        <source>PayByLink profile %1 no longer exists.</source>
        <translation>Профиль PayByLink %1 больше не существует.</translation>
    </message>
    <message>
        <source>There is no PayByLink profile named “%1”; add one first (paylink profile add paybylink NAME …).</source>
        <translation>Профиля PayByLink с именем «%1» нет; сначала добавьте его (paylink profile add paybylink NAME …).</translation>
    </message>
    <message>
        <source>There is no PayByLink profile named “%1”; the profiles are: %2.</source>
        <translation>Профиля PayByLink с именем «%1» нет; есть такие профили: %2.</translation>
    </message>
    <message>
        <source>Password: enter the API user&apos;s password.</source>
        <translation>Пароль: введите пароль пользователя API.</translation>
    </message>
    <message>
        <source>The profile was not added: %1</source>
        <translation>Профиль не добавлен: %1</translation>
    </message>
    <message>
        <source>The profile “%1” was kept: %2</source>
        <translation>Профиль «%1» не удалён: %2</translation>
    </message>
    <message>
        <source>The profile “%1” was removed, but its password may still be in the keychain: %2</source>
        <translation>Профиль «%1» удалён, но его пароль, возможно, остался в связке ключей: %2</translation>
    </message>
</context>
<context>
    <name>paylink::PayByLinkSigner</name>
    <message>
        <source>Password: the API user&apos;s password is missing.</source>
        <translation>Пароль: отсутствует пароль пользователя API.</translation>
    </message>
    <message>
        <source>Hash length: %1 is not 10 or 64.</source>
        <translation>Длина хеша: %1 — не 10 и не 64.</translation>
    </message>
    <message>
        <source>Parameters: a parameter has no name.</source>
        <translation>Параметры: у одного из параметров нет имени.</translation>
    </message>
    <message>
        <source>Parameters: “h” is the hash and cannot be given.</source>
        <translation>Параметры: «h» — это хеш, его нельзя задавать.</translation>
    </message>
    <message>
        <source>User: the API user name (parameter u) is missing.</source>
        <translation>Пользователь: отсутствует имя пользователя API (параметр u).</translation>
    </message>
    <message>
        <source>Entity key: “%1” is not a GUID such as 2b2b9bff-0c96-4f33-a20d-c831ac87e571.</source>
        <translation>Ключ организации: «%1» — не GUID (пример: 2b2b9bff-0c96-4f33-a20d-c831ac87e571).</translation>
    </message>
    <message>
        <source>Short alias: spbl.eu links exist on production only.</source>
        <translation>Короткий псевдоним: ссылки spbl.eu бывают только в рабочей среде.</translation>
    </message>
    <message>
        <source>Short alias: spbl.eu links exist for payments only, not mandates.</source>
        <translation>Короткий псевдоним: ссылки spbl.eu бывают только для платежей, но не для мандатов.</translation>
    </message>
</context>
<context>
    <name>paylink::Payment</name>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>оплачен</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
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
        <translation>неизвестен</translation>
    </message>
    <message>
        <source>Link refused: %1</source>
        <translation>Ссылка отклонена: %1</translation>
    </message>
    <message>
        <source>Short link refused: %1</source>
        <translation>Короткая ссылка отклонена: %1</translation>
    </message>
</context>
<context>
    <name>paylink::PaymentCommands</name>
    <message>
        <source>Add payment</source>
        <translation>добавление платежа</translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation>изменение платежа</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n payment(s)</source>
        <translation>
            <numerusform>удаление %n платежа</numerusform>
            <numerusform>удаление %n платежей</numerusform>
            <numerusform>удаление %n платежей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n payment(s) paid</source>
        <translation>
            <numerusform>отметку %n платежа как оплаченного</numerusform>
            <numerusform>отметку %n платежей как оплаченных</numerusform>
            <numerusform>отметку %n платежей как оплаченных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n payment(s) unpaid</source>
        <translation>
            <numerusform>отметку %n платежа как неоплаченного</numerusform>
            <numerusform>отметку %n платежей как неоплаченных</numerusform>
            <numerusform>отметку %n платежей как неоплаченных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %1 (%n payment(s))</source>
        <translation>
            <numerusform>импорт %1 (%n платёж)</numerusform>
            <numerusform>импорт %1 (%n платежа)</numerusform>
            <numerusform>импорт %1 (%n платежей)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::PaymentDialog</name>
    <message>
        <source>New payment</source>
        <translation>Новый платёж</translation>
    </message>
    <message>
        <source>The QR code of the short link, or of the link</source>
        <translation>QR-код короткой ссылки или обычной ссылки</translation>
    </message>
    <message>
        <source>Edit payment %1</source>
        <translation>Изменение платежа %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency: “%1” is not an ISO 4217 code such as EUR, USD or RUB.</source>
        <translation>Валюта: «%1» — не код ISO 4217 (например, RUB, EUR или USD).</translation>
    </message>
    <message>
        <source>Expiry: %1 is in the past; choose today or a later date.</source>
        <translation>Срок действия: дата %1 уже прошла; выберите сегодняшнюю или более позднюю дату.</translation>
    </message>
    <message>
        <source>Type a link to see its QR code.</source>
        <translation>Введите ссылку, чтобы увидеть её QR-код.</translation>
    </message>
</context>
<context>
    <name>paylink::PaymentExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message numerus="yes">
        <source>The links of %n payment(s) break the link rule (for example a javascript: address or a hidden user name) and were left out; the payment list shows why.</source>
        <translation>
            <numerusform>У %n платежа ссылки нарушают правило для ссылок (например, адрес javascript: или скрытое имя пользователя) и поэтому не включены в экспорт; причина указана в списке платежей.</numerusform>
            <numerusform>У %n платежей ссылки нарушают правило для ссылок (например, адрес javascript: или скрытое имя пользователя) и поэтому не включены в экспорт; причины указаны в списке платежей.</numerusform>
            <numerusform>У %n платежей ссылки нарушают правило для ссылок (например, адрес javascript: или скрытое имя пользователя) и поэтому не включены в экспорт; причины указаны в списке платежей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::PaymentStore</name>
    <message>
        <source>Currency: “%1” is not an ISO 4217 code such as EUR, USD or RUB.</source>
        <translation>Валюта: «%1» — не код ISO 4217 (например, RUB, EUR или USD).</translation>
    </message>
    <message>
        <source>Amount: %1 is negative; enter zero or more.</source>
        <translation>Сумма: %1 — отрицательное значение; введите ноль или больше.</translation>
    </message>
    <message>
        <source>Amount: %1 is too large; the most is %2.</source>
        <translation>Сумма: %1 — слишком большое значение; максимум %2.</translation>
    </message>
    <message>
        <source>Status: “expired” is derived from the expiry date and cannot be set.</source>
        <translation>Статус: «истёк» определяется по сроку действия, его нельзя задать вручную.</translation>
    </message>
    <message>
        <source>E-mail: “%1” does not look like an e-mail address.</source>
        <translation>Эл. почта: «%1» не похоже на адрес электронной почты.</translation>
    </message>
    <message>
        <source>Status: a payment without a link cannot be ready; save it as a draft.</source>
        <translation>Статус: платёж без ссылки не может быть готовым; сохраните его как черновик.</translation>
    </message>
    <message>
        <source>Payment %1 of %2: %3</source>
        <translation>Платёж %1 из %2: %3</translation>
    </message>
    <message>
        <source>The payment could not be saved.</source>
        <translation>Не удалось сохранить платёж.</translation>
    </message>
    <message>
        <source>A payment with the same external id already exists for this profile; nothing was saved.</source>
        <translation>Платёж с таким же внешним ID уже есть в этом профиле; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The payment could not be saved; nothing was written.</source>
        <translation>Не удалось сохранить платёж; ничего не записано.</translation>
    </message>
    <message>
        <source>This payment has not been saved yet.</source>
        <translation>Этот платёж ещё не сохранён.</translation>
    </message>
    <message>
        <source>The payment could not be saved; it was left as it was.</source>
        <translation>Не удалось сохранить платёж; он оставлен без изменений.</translation>
    </message>
    <message>
        <source>Payment %1 no longer exists; it may have been deleted elsewhere.</source>
        <translation>Платёж %1 больше не существует; возможно, он был удалён в другом месте.</translation>
    </message>
    <message>
        <source>The payments could not be deleted.</source>
        <translation>Не удалось удалить платежи.</translation>
    </message>
    <message>
        <source>The payments could not be deleted; none were.</source>
        <translation>Не удалось удалить платежи; ни один не удалён.</translation>
    </message>
    <message>
        <source>The status could not be changed.</source>
        <translation>Не удалось изменить статус.</translation>
    </message>
    <message>
        <source>The status could not be changed; nothing was changed.</source>
        <translation>Не удалось изменить статус; ничего не изменено.</translation>
    </message>
    <message>
        <source>No payment has the id %1; nothing was changed.</source>
        <translation>Платежа с ID %1 нет; ничего не изменено.</translation>
    </message>
    <message>
        <source>The payment could not be read.</source>
        <translation>Не удалось прочитать платёж.</translation>
    </message>
    <message>
        <source>The payments could not be read.</source>
        <translation>Не удалось прочитать платежи.</translation>
    </message>
    <message>
        <source>The payments could not be counted.</source>
        <translation>Не удалось подсчитать платежи.</translation>
    </message>
    <message>
        <source>The totals could not be computed.</source>
        <translation>Не удалось вычислить итоги.</translation>
    </message>
    <message>
        <source>The order references could not be checked.</source>
        <translation>Не удалось проверить номера заказов.</translation>
    </message>
    <message>
        <source>The import could not be deleted; nothing was changed.</source>
        <translation>Не удалось удалить импорт; ничего не изменено.</translation>
    </message>
    <message>
        <source>The import could not be read.</source>
        <translation>Не удалось прочитать импорт.</translation>
    </message>
    <message>
        <source>Import %1 no longer exists.</source>
        <translation>Импорт %1 больше не существует.</translation>
    </message>
    <message>
        <source>Order reference “%1” already has a payment (saved meanwhile elsewhere?); nothing was saved. Re-issue that payment instead.</source>
        <translation>Для номера заказа «%1» уже есть платёж (возможно, тем временем сохранён в другом месте); ничего не сохранено. Вместо этого перевыпустите ссылку этого платежа.</translation>
    </message>
    <message>
        <source>Order reference “%1” already has another payment; the payment was left as it was.</source>
        <translation>Для номера заказа «%1» уже есть другой платёж; платёж оставлен без изменений.</translation>
    </message>
    <message>
        <source>Payment %1 changed elsewhere (another window or the paylink command) since it was shown here; nothing was changed. Look at it again and repeat what you meant to do.</source>
        <translation>Платёж %1 был изменён в другом месте (в другом окне или командой paylink) после того, как был показан здесь; ничего не изменено. Просмотрите его ещё раз и повторите нужное действие.</translation>
    </message>
    <message>
        <source>Payment %1 no longer exists; it may have been deleted elsewhere. Nothing was changed.</source>
        <translation>Платёж %1 больше не существует; возможно, он был удалён в другом месте. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Import %1 no longer exists; it may have been deleted elsewhere. Nothing was changed.</source>
        <translation>Импорт %1 больше не существует; возможно, он был удалён в другом месте. Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) of this import changed since it was made (here or elsewhere), so it was not undone; nothing was changed. Use “Delete import…” to remove it anyway.</source>
        <translation>
            <numerusform>%n платёж из этого импорта с тех пор был изменён (здесь или в другом месте), поэтому импорт не отменён; ничего не изменено. Чтобы всё равно удалить его, используйте «Удалить импорт…».</numerusform>
            <numerusform>%n платежа из этого импорта с тех пор были изменены (здесь или в другом месте), поэтому импорт не отменён; ничего не изменено. Чтобы всё равно удалить его, используйте «Удалить импорт…».</numerusform>
            <numerusform>%n платежей из этого импорта с тех пор были изменены (здесь или в другом месте), поэтому импорт не отменён; ничего не изменено. Чтобы всё равно удалить его, используйте «Удалить импорт…».</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: this payment&apos;s stored status is unknown to this version of Paylink Desk, so it is left as it is.</source>
        <translation>Статус: сохранённый статус этого платежа неизвестен этой версии Paylink Desk, поэтому он оставлен без изменений.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation>ID платежа</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>%1: %2 characters long; the most is %3.</source>
        <translation>%1: слишком длинное значение (символов: %2, максимум: %3).</translation>
    </message>
    <message>
        <source>%1: contains a NUL character, which no payment field may hold.</source>
        <translation>%1: значение содержит символ NUL, недопустимый в полях платежа.</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Ссылка: %1</translation>
    </message>
    <message>
        <source>Short link: %1</source>
        <translation>Короткая ссылка: %1</translation>
    </message>
    <message>
        <source>Payment %1 has a status this version of Paylink Desk does not know; nothing was changed.</source>
        <translation>У платежа %1 статус, неизвестный этой версии Paylink Desk; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>paylink::PaymentTableModel</name>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
</context>
<context>
    <name>paylink::PaymentsView</name>
    <message>
        <source>Search order, customer or e-mail (Ctrl+F)</source>
        <translation>Поиск по заказу, клиенту или эл. почте (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No payment matches the search and filters.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Clear the search (Esc) or the filters to see all payments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Нет платежей, соответствующих поиску и фильтрам.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Очистите поиск (Esc) или сбросьте фильтры, чтобы увидеть все платежи.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No payments yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Make a payment link for one customer, bring in many from a CSV file, or connect a Bitrix24 portal and get its links. The &lt;b&gt;paylink&lt;/b&gt; command does the same from scripts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Платежей пока нет.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Создайте ссылку на оплату для одного клиента, загрузите много из файла CSV или подключите портал Bitrix24 и получите его ссылки. Команда &lt;b&gt;paylink&lt;/b&gt; делает то же из скриптов.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>paylink::PortalDialog</name>
    <message>
        <source>Bitrix24 portal</source>
        <translation>Портал Bitrix24</translation>
    </message>
    <message>
        <source>e.g. Main portal</source>
        <translation>например, Основной портал</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Incoming webhook</source>
        <translation>Входящий вебхук</translation>
    </message>
    <message>
        <source>OAuth application</source>
        <translation>Приложение OAuth</translation>
    </message>
    <message>
        <source>&amp;Connect with:</source>
        <translation>&amp;Способ подключения:</translation>
    </message>
    <message>
        <source>Paste the whole “Webhook to call REST API” from Bitrix24 (Developer resources ▸ Other ▸ Incoming webhook), with the “salescenter” and “crm” scopes.</source>
        <translation>Вставьте целиком «Вебхук для вызова rest api» из Bitrix24 (Разработчикам ▸ Другое ▸ Входящий вебхук) с правами «salescenter» и «crm».</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>&amp;URL вебхука:</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>&amp;Адрес портала:</translation>
    </message>
    <message>
        <source>OAuth &amp;server:</source>
        <translation>Сер&amp;вер OAuth:</translation>
    </message>
    <message>
        <source>local.…</source>
        <translation>local.…</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;Код приложения (client_id):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>К&amp;люч приложения (client_secret):</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Токен доступа:</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>Токен о&amp;бновления:</translation>
    </message>
    <message>
        <source>only for a portal with its own certificate authority</source>
        <translation>только для портала с собственным центром сертификации</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Сертификат ЦС</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt);;Все (*)</translation>
    </message>
    <message>
        <source>Extra &amp;CA:</source>
        <translation>Дополнительный &amp;ЦС:</translation>
    </message>
    <message>
        <source>Enterprise plan (5 requests a second instead of 2)</source>
        <translation>Тариф «Энтерпрайз» (5 запросов в секунду вместо 2)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>без изменений (хранится в связке ключей)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n saved certificate(s); choose a file to replace</source>
        <translation>
            <numerusform>сохранён %n сертификат; выберите файл для замены</numerusform>
            <numerusform>сохранено %n сертификата; выберите файл для замены</numerusform>
            <numerusform>сохранено %n сертификатов; выберите файл для замены</numerusform>
        </translation>
    </message>
    <message>
        <source>The webhook URL</source>
        <translation>URL вебхука</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>The refresh token</source>
        <translation>Токен обновления</translation>
    </message>
    <message>
        <source>The client secret</source>
        <translation>Ключ приложения (client_secret)</translation>
    </message>
    <message>
        <source>Name: give the portal a name.</source>
        <translation>Название: укажите название портала.</translation>
    </message>
    <message>
        <source>The OAuth server address</source>
        <translation>Адрес сервера OAuth</translation>
    </message>
    <message>
        <source>Access token: paste the application&apos;s access token.</source>
        <translation>Токен доступа: вставьте токен доступа приложения.</translation>
    </message>
    <message>
        <source>Refreshing the token needs the client id and client secret as well.</source>
        <translation>Для обновления токена также нужны код приложения (client_id) и ключ приложения (client_secret).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Connected: the portal accepted the secret, and it may use Sales Center and CRM payments.</source>
        <translation>Подключение установлено: портал принял секрет и разрешает работу с Центром продаж и платежами CRM.</translation>
    </message>
    <message>
        <source>The portal answers from %1 now. Use that address? Nothing was sent there.</source>
        <translation>Портал теперь отвечает с адреса %1. Использовать этот адрес? Туда ничего не отправлялось.</translation>
    </message>
    <message>
        <source>only if its payment pages are on another host</source>
        <translation>только если страницы оплаты портала находятся на другом хосте</translation>
    </message>
    <message>
        <source>Payment links from this portal are used only when they lead to the portal itself or to a host listed here (separate several with commas).</source>
        <translation>Ссылки на оплату с этого портала используются, только если они ведут на сам портал или на один из указанных здесь хостов (несколько хостов разделяйте запятыми).</translation>
    </message>
    <message>
        <source>Other &amp;link hosts:</source>
        <translation>Другие &amp;хосты ссылок:</translation>
    </message>
    <message>
        <source>Other link hosts: %1</source>
        <translation>Другие хосты ссылок: %1</translation>
    </message>
    <message>
        <source>Extra CA: %1</source>
        <translation>Дополнительный ЦС: %1</translation>
    </message>
</context>
<context>
    <name>paylink::PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>L — about 7% can be damaged</source>
        <translation>L — допускается повреждение около 7%</translation>
    </message>
    <message>
        <source>M — about 15% (recommended)</source>
        <translation>M — около 15% (рекомендуется)</translation>
    </message>
    <message>
        <source>Q — about 25%</source>
        <translation>Q — около 25%</translation>
    </message>
    <message>
        <source>H — about 30%</source>
        <translation>H — около 30%</translation>
    </message>
    <message>
        <source>Standard: 2 requests a second, bursts of 50</source>
        <translation>Стандартный: 2 запроса в секунду, пиковые серии до 50</translation>
    </message>
    <message>
        <source>Enterprise: 5 requests a second, bursts of 250</source>
        <translation>Энтерпрайз: 5 запросов в секунду, пиковые серии до 250</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Add trusted certificate authorities</source>
        <translation>Добавление доверенных центров сертификации</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Сертификаты (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Выбор цвета</translation>
    </message>
</context>
<context>
    <name>paylink::ProfileDialog</name>
    <message>
        <source>PayByLink profile</source>
        <translation>Профиль PayByLink</translation>
    </message>
    <message>
        <source>e.g. Shop (test)</source>
        <translation>например, Магазин (тест)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Test (testapi.paybylink.com)</source>
        <translation>Тестовая (testapi.paybylink.com)</translation>
    </message>
    <message>
        <source>Production (api.paybylink.com)</source>
        <translation>Рабочая (api.paybylink.com)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Среда:</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Ссылки на оплату</translation>
    </message>
    <message>
        <source>Mandate links</source>
        <translation>Ссылки на мандат</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Entity &amp;key:</source>
        <translation>&amp;Ключ организации:</translation>
    </message>
    <message>
        <source>API &amp;user:</source>
        <translation>&amp;Пользователь API:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <source>optional, e.g. CreatePaymentLinkMapping</source>
        <translation>необязательно, например CreatePaymentLinkMapping</translation>
    </message>
    <message>
        <source>&amp;Mapping template:</source>
        <translation>&amp;Шаблон сопоставления:</translation>
    </message>
    <message>
        <source>optional, https://…</source>
        <translation>необязательно, https://…</translation>
    </message>
    <message>
        <source>E&amp;xpired URL:</source>
        <translation>URL для ист&amp;ёкших ссылок:</translation>
    </message>
    <message>
        <source>E&amp;rror URL:</source>
        <translation>URL при ош&amp;ибке:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>URL parameter</source>
        <translation>Параметр URL</translation>
    </message>
    <message>
        <source>The names your mapping template expects, in link order. Leave a name empty to leave the field out of links.</source>
        <translation>Имена, которые ожидает ваш шаблон сопоставления, в порядке следования в ссылке. Оставьте имя пустым, чтобы не включать поле в ссылки.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <source>Parameter ma&amp;pping:</source>
        <translation>Сопоставление пара&amp;метров:</translation>
    </message>
    <message>
        <source>28,50 (decimal comma)</source>
        <translation>28,50 (десятичная запятая)</translation>
    </message>
    <message>
        <source>28.50 (decimal point)</source>
        <translation>28.50 (десятичная точка)</translation>
    </message>
    <message>
        <source>2850 (minor units)</source>
        <translation>2850 (в дробных единицах)</translation>
    </message>
    <message>
        <source>&amp;Amounts in links:</source>
        <translation>Формат с&amp;уммы в ссылках:</translation>
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
        <translation>Формат &amp;дат в ссылках:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Валюта по умол&amp;чанию:</translation>
    </message>
    <message>
        <source>Full, 64 characters (safest)</source>
        <translation>Полный, 64 символа (надёжнее всего)</translation>
    </message>
    <message>
        <source>First 10 characters (shorter links)</source>
        <translation>Первые 10 символов (ссылки короче)</translation>
    </message>
    <message>
        <source>&amp;Hash:</source>
        <translation>&amp;Хеш:</translation>
    </message>
    <message>
        <source>Use the spbl.eu short alias as the short link (production payments; not confirmed by a published vector)</source>
        <translation>Использовать короткий псевдоним spbl.eu как короткую ссылку (платежи в рабочей среде; не подтверждено опубликованным тестовым примером)</translation>
    </message>
    <message>
        <source>&amp;Self-test</source>
        <translation>Самоп&amp;роверка</translation>
    </message>
    <message>
        <source>Signs the PayByLink manual&apos;s example and compares it with the published hash</source>
        <translation>Подписывает пример из руководства PayByLink и сравнивает результат с опубликованным хешем</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>без изменений (хранится в связке ключей)</translation>
    </message>
    <message>
        <source>Edit PayByLink profile “%1”</source>
        <translation>Изменение профиля PayByLink «%1»</translation>
    </message>
    <message>
        <source>New PayByLink profile</source>
        <translation>Новый профиль PayByLink</translation>
    </message>
    <message>
        <source>✔ The manual&apos;s example signs to %1…, the published hash.</source>
        <translation>✔ Пример из руководства даёт подпись %1… — это опубликованный хеш.</translation>
    </message>
    <message>
        <source>✘ The manual&apos;s example signs to %1, not the published %2. Do not use this build for real links.</source>
        <translation>✘ Пример из руководства даёт подпись %1, а не опубликованный хеш %2. Не используйте эту сборку для реальных ссылок.</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password: enter the API user&apos;s password.</source>
        <translation>Пароль: введите пароль пользователя API.</translation>
    </message>
    <message>
        <source>the GUID from PayByLink&apos;s merchant panel</source>
        <translation>GUID из панели продавца PayByLink</translation>
    </message>
</context>
<context>
    <name>paylink::ProfileStore</name>
    <message>
        <source>The profiles could not be read.</source>
        <translation>Не удалось прочитать профили.</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Не удалось прочитать профиль.</translation>
    </message>
    <message>
        <source>Profile name: enter a name.</source>
        <translation>Название профиля: введите название.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name or edit that profile.</source>
        <translation>Профиль «%1» уже существует; выберите другое название или измените существующий профиль.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Не удалось сохранить профиль.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name.</source>
        <translation>Профиль «%1» уже существует; выберите другое название.</translation>
    </message>
    <message>
        <source>The profile “%1” no longer exists.</source>
        <translation>Профиль «%1» больше не существует.</translation>
    </message>
    <message>
        <source>The profile could not be removed.</source>
        <translation>Не удалось удалить профиль.</translation>
    </message>
</context>
<context>
    <name>paylink::QrCode</name>
    <message>
        <source>There is nothing to encode: the text is empty.</source>
        <translation>Нечего кодировать: текст пуст.</translation>
    </message>
    <message>
        <source>A lower error correction level holds more (L: %1 bytes); a short link is better still.</source>
        <translation>При более низком уровне коррекции ошибок помещается больше (L: до %1 байт); ещё лучше — короткая ссылка.</translation>
    </message>
    <message>
        <source>Use a short link instead.</source>
        <translation>Используйте вместо неё короткую ссылку.</translation>
    </message>
    <message>
        <source>The text is %1 bytes long, but a QR code at error correction %2 holds at most %3 bytes.</source>
        <translation>Длина текста — %1 байт, а QR-код с уровнем коррекции ошибок %2 вмещает не более %3 байт.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Не удалось создать QR-код.</translation>
    </message>
</context>
<context>
    <name>paylink::QrExport</name>
    <message>
        <source>“%1” does not end in .png, .svg or .pdf; choose one of these formats.</source>
        <translation>Имя «%1» не оканчивается на .png, .svg или .pdf; выберите один из этих форматов.</translation>
    </message>
    <message>
        <source>The image for “%1” could not be made.</source>
        <translation>Не удалось создать изображение для «%1».</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation>Не удалось записать «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>paylink::QrPanel</name>
    <message>
        <source>Print larger</source>
        <translation>Печатать крупнее</translation>
    </message>
    <message>
        <source>Lower error correction</source>
        <translation>Снизить коррекцию ошибок</translation>
    </message>
    <message>
        <source>Copy &amp;short link</source>
        <translation>Копировать &amp;короткую ссылку</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>Копировать &amp;изображение</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>Про&amp;верить…</translation>
    </message>
    <message>
        <source>Copy the short link, or the link when there is no short one (Ctrl+Shift+C)</source>
        <translation>Скопировать короткую ссылку, а если её нет — обычную ссылку (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy the code as PNG and SVG, for documents and designers</source>
        <translation>Скопировать код в форматах PNG и SVG — для документов и дизайнеров</translation>
    </message>
    <message>
        <source>Read a printed or exported QR file back and check it carries exactly this link</source>
        <translation>Прочитать напечатанный или экспортированный QR-код из файла и проверить, что он содержит именно эту ссылку</translation>
    </message>
    <message>
        <source>QR &amp;options</source>
        <translation>Пара&amp;метры QR-кода</translation>
    </message>
    <message>
        <source>Error correction: L holds the most text, H survives the most damage</source>
        <translation>Коррекция ошибок: L вмещает больше всего текста, H лучше всего выдерживает повреждения</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source> modules</source>
        <translation> мод.</translation>
    </message>
    <message>
        <source>&amp;Error correction:</source>
        <translation>К&amp;оррекция ошибок:</translation>
    </message>
    <message>
        <source>Printed si&amp;ze:</source>
        <translation>&amp;Размер при печати:</translation>
    </message>
    <message>
        <source>&amp;Quiet zone:</source>
        <translation>Свобо&amp;дная зона:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Цвета:</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Выбор цвета</translation>
    </message>
    <message>
        <source>Select a payment with a link to see its QR code.</source>
        <translation>Выберите платёж со ссылкой, чтобы увидеть его QR-код.</translation>
    </message>
    <message>
        <source>Version %1 · %2 modules · %3 mm a module at %4 mm</source>
        <translation>Версия %1 · модулей: %2 · %3 мм на модуль при размере %4 мм</translation>
    </message>
    <message>
        <source>Modules of %1 mm are too small for many phone cameras (aim for %2 mm or more): print it larger or lower the error correction.</source>
        <translation>Модули размером %1 мм слишком малы для многих камер телефонов (рекомендуется от %2 мм): напечатайте код крупнее или снизьте коррекцию ошибок.</translation>
    </message>
    <message>
        <source>A short link makes a much smaller code.</source>
        <translation>С короткой ссылкой код получается гораздо меньше.</translation>
    </message>
    <message>
        <source>Copied the link (there is no short link).</source>
        <translation>Ссылка скопирована (короткой ссылки нет).</translation>
    </message>
    <message>
        <source>Copied the short link.</source>
        <translation>Короткая ссылка скопирована.</translation>
    </message>
    <message>
        <source>Copied the link.</source>
        <translation>Ссылка скопирована.</translation>
    </message>
    <message>
        <source>Copied the QR code as PNG and SVG.</source>
        <translation>QR-код скопирован в форматах PNG и SVG.</translation>
    </message>
    <message>
        <source>There is no QR code to export.</source>
        <translation>Нет QR-кода для экспорта.</translation>
    </message>
    <message>
        <source>Export the QR code</source>
        <translation>Экспорт QR-кода</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Изображение SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported the QR code to %1; verified: it scans to exactly this link.</source>
        <translation>QR-код экспортирован в %1 и проверен: при сканировании он даёт именно эту ссылку.</translation>
    </message>
    <message>
        <source>Verify a QR code file</source>
        <translation>Проверка файла с QR-кодом</translation>
    </message>
    <message>
        <source>QR code files (*.png *.svg *.pdf *.jpg *.jpeg)</source>
        <translation>Файлы с QR-кодом (*.png *.svg *.pdf *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No QR code could be read from “%1”.</source>
        <translation>Не удалось прочитать QR-код из «%1».</translation>
    </message>
    <message>
        <source>“%1” reads “%2”.</source>
        <translation>QR-код в «%1» содержит «%2».</translation>
    </message>
    <message>
        <source>Verified: “%1” scans to exactly this payment&apos;s link.</source>
        <translation>Проверено: при сканировании «%1» даёт именно ссылку этого платежа.</translation>
    </message>
    <message>
        <source>No QR code for this payment. %1</source>
        <translation>Для этого платежа нет QR-кода. %1</translation>
    </message>
    <message>
        <source>Show lar&amp;ger</source>
        <translation>Показать кр&amp;упнее</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
</context>
<context>
    <name>paylink::QrRenderer</name>
    <message>
        <source>The code is inverted (light modules on a dark background); many scanners cannot read that.</source>
        <translation>Код инвертирован (светлые модули на тёмном фоне); многие сканеры не могут его прочитать.</translation>
    </message>
    <message>
        <source>The contrast is low (%1:1); use at least 4.5:1 so that codes scan.</source>
        <translation>Низкая контрастность (%1:1); чтобы коды сканировались, используйте не менее 4,5:1.</translation>
    </message>
    <message>
        <source>A quiet zone under 4 modules makes printed codes hard to scan.</source>
        <translation>Если свободная зона меньше 4 модулей, напечатанные коды плохо сканируются.</translation>
    </message>
</context>
<context>
    <name>paylink::QrVerifier</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» не существует.</translation>
    </message>
    <message>
        <source>“%1” could not be read as an image, SVG or PDF.</source>
        <translation>Не удалось прочитать «%1» как изображение, SVG или PDF.</translation>
    </message>
    <message>
        <source>No QR code could be read from “%1”. Print or export it larger, with a quiet zone and dark modules on a light background.</source>
        <translation>Не удалось прочитать QR-код из «%1». Напечатайте или экспортируйте его крупнее, со свободной зоной и тёмными модулями на светлом фоне.</translation>
    </message>
    <message>
        <source>“%1” holds %2 QR codes; expected exactly one.</source>
        <translation>В «%1» QR-кодов: %2; ожидался ровно один.</translation>
    </message>
    <message>
        <source>The QR code in “%1” does not carry the expected link: it reads “%2”.</source>
        <translation>QR-код в «%1» не содержит ожидаемую ссылку: в нём записано «%2».</translation>
    </message>
</context>
<context>
    <name>paylink::QrView</name>
    <message>
        <source>QR code, version %1</source>
        <translation>QR-код, версия %1</translation>
    </message>
    <message>
        <source>This code is too dense to show here (%1 modules across). Use “Show larger”, or widen this panel.</source>
        <translation>Этот код слишком плотный, чтобы показать его здесь (%1 модулей в ширину). Нажмите «Показать крупнее» или расширьте эту панель.</translation>
    </message>
</context>
<context>
    <name>paylink::SecretFile</name>
    <message>
        <source>%1 starts or ends with white space; check that it belongs there.</source>
        <translation>%1: в начале или в конце есть пробельные символы; проверьте, что они там нужны.</translation>
    </message>
    <message>
        <source>%1 contains an invisible character (U+%2) at position %3; it changes every signature.</source>
        <translation>%1: в позиции %3 есть невидимый символ (U+%2); он меняет каждую подпись.</translation>
    </message>
    <message>
        <source>%1 file “%2” cannot be read: %3.</source>
        <translation>%1: не удаётся прочитать файл «%2»: %3.</translation>
    </message>
    <message>
        <source>%1 file “%2” is empty: put the secret on its first line.</source>
        <translation>%1: файл «%2» пуст; запишите секрет в его первую строку.</translation>
    </message>
</context>
<context>
    <name>paylink::SecretStore</name>
    <message>
        <source>No keychain is reachable on this desktop, so passwords and tokens are kept for this session only: they are never written to disk, and you will be asked for them again after a restart. Install and unlock a Secret Service keychain (such as GNOME Keyring or KWallet) to keep them.</source>
        <translation>Связка ключей на этом рабочем столе недоступна, поэтому пароли и токены хранятся только в течение текущего сеанса: они никогда не записываются на диск, и после перезапуска их запросят снова. Чтобы сохранять их, установите и разблокируйте связку ключей Secret Service (например, GNOME Keyring или KWallet).</translation>
    </message>
    <message>
        <source>The keychain did not give the secret back. Unlock the keychain and try again.</source>
        <translation>Связка ключей не вернула секрет. Разблокируйте связку ключей и повторите попытку.</translation>
    </message>
    <message>
        <source>The keychain did not store the secret. Unlock the keychain and try again.</source>
        <translation>Связка ключей не сохранила секрет. Разблокируйте связку ключей и повторите попытку.</translation>
    </message>
    <message>
        <source>No keychain is reachable, so the secret could not be deleted from it. Delete it when the keychain is available, or delete the entry “%1” of “%2” in the keychain by hand.</source>
        <translation>Связка ключей недоступна, поэтому удалить из неё секрет не удалось. Удалите его, когда связка ключей станет доступна, или вручную удалите в связке ключей запись «%1» из «%2».</translation>
    </message>
    <message>
        <source>The keychain did not delete the secret. Unlock the keychain and try again, or delete the entry “%1” of “%2” in the keychain by hand.</source>
        <translation>Связка ключей не удалила секрет. Разблокируйте связку ключей и повторите попытку или вручную удалите в связке ключей запись «%1» из «%2».</translation>
    </message>
</context>
<context>
    <name>paylink::TransactionGuard</name>
    <message>
        <source>The database is busy or read-only; try again.</source>
        <translation>База данных занята или доступна только для чтения; повторите попытку.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Нет открытой транзакции.</translation>
    </message>
    <message>
        <source>The changes could not be saved (the disk may be full); nothing was written.</source>
        <translation>Не удалось сохранить изменения (возможно, диск заполнен); ничего не записано.</translation>
    </message>
</context>
<context>
    <name>paylink::WebLink</name>
    <message>
        <source>The link is empty.</source>
        <translation>Ссылка пуста.</translation>
    </message>
    <message>
        <source>The link is %1 bytes long; the most is %2.</source>
        <translation>Длина ссылки — %1 байт, а допускается не более %2.</translation>
    </message>
    <message>
        <source>The link contains a space, tab, line break or other invisible character (U+%1 at position %2).</source>
        <translation>Ссылка содержит пробел, табуляцию, перевод строки или другой невидимый символ (U+%1 в позиции %2).</translation>
    </message>
    <message>
        <source>The link starts with “%1:”; only http:// and https:// links are used.</source>
        <translation>Ссылка начинается с «%1:»; используются только ссылки http:// и https://.</translation>
    </message>
    <message>
        <source>The link is not a web address.</source>
        <translation>Ссылка — не веб-адрес.</translation>
    </message>
    <message>
        <source>The link has no host.</source>
        <translation>В ссылке нет хоста.</translation>
    </message>
    <message>
        <source>The link names a user before its host (“…@%1”), which disguises where it leads.</source>
        <translation>В ссылке перед хостом указан пользователь («…@%1»), что скрывает, куда она на самом деле ведёт.</translation>
    </message>
    <message>
        <source>The link leads to %1, which is neither the portal (%2) nor one of its allowed link hosts.</source>
        <translation>Ссылка ведёт на %1 — это не портал (%2) и не один из разрешённых для него хостов ссылок.</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>пустой хост</translation>
    </message>
    <message>
        <source>“%1” is not a host name such as pay.example.com.</source>
        <translation>«%1» — не имя хоста (например, pay.example.com).</translation>
    </message>
</context>
<context>
    <name>paylink::cli::Bitrix24Command</name>
    <message>
        <source>Bitrix24 payments: url, sync, pay, unpay.</source>
        <translation>Платежи Bitrix24: url, sync, pay, unpay.</translation>
    </message>
    <message>
        <source>Usage: paylink bitrix24 url|sync|pay|unpay [options]</source>
        <translation>Использование: paylink bitrix24 url|sync|pay|unpay [параметры]</translation>
    </message>
    <message>
        <source>give a sub-command: url, sync, pay or unpay.</source>
        <translation>укажите подкоманду: url, sync, pay или unpay.</translation>
    </message>
    <message>
        <source>unknown sub-command “%1”; use url, sync, pay or unpay.</source>
        <translation>неизвестная подкоманда «%1»; используйте url, sync, pay или unpay.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::Bitrix24Options</name>
    <message>
        <source>Note: the portal issued new tokens; the token file keeps the old ones, whose refresh token no longer works. Save the portal (paylink profile add bitrix24) to keep them.</source>
        <translation>Примечание: портал выдал новые токены; в файле токенов остались старые, и их токен обновления больше не работает. Сохраните портал (paylink profile add bitrix24), чтобы не потерять новые токены.</translation>
    </message>
    <message>
        <source>Warning: the new tokens could not be saved: %1</source>
        <translation>Предупреждение: не удалось сохранить новые токены: %1</translation>
    </message>
    <message>
        <source>A saved Bitrix24 portal.</source>
        <translation>Сохранённый портал Bitrix24.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>File whose first line is the incoming-webhook URL (else $PAYLINK_BITRIX24_WEBHOOK).</source>
        <translation>Файл, первая строка которого — URL входящего вебхука (иначе $PAYLINK_BITRIX24_WEBHOOK).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The portal address, for OAuth.</source>
        <translation>Адрес портала (для OAuth).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A CA certificate (PEM) to trust for this portal, e.g. an on-premise portal&apos;s own CA (may repeat).</source>
        <translation>Сертификат ЦС (PEM), которому следует доверять для этого портала, например собственный ЦС коробочного портала (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Pace requests for an Enterprise plan (5 a second, bursts of 250) instead of 2 and 50.</source>
        <translation>Темп запросов для тарифа «Энтерпрайз» (5 в секунду, пиковые серии до 250) вместо 2 и 50.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--profile and --%1 exclude each other: a saved portal brings its own address and secrets.</source>
        <translation>--profile и --%1 несовместимы: у сохранённого портала уже есть свой адрес и секреты.</translation>
    </message>
    <message>
        <source>--portal</source>
        <translation>--portal</translation>
    </message>
    <message>
        <source>--token-file: “%1” cannot be read: %2.</source>
        <translation>--token-file: не удаётся прочитать «%1»: %2.</translation>
    </message>
    <message>
        <source>The webhook URL</source>
        <translation>URL вебхука</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>give --webhook-file FILE (or $PAYLINK_BITRIX24_WEBHOOK), or --portal URL and --token-file FILE.</source>
        <translation>укажите --webhook-file FILE (или $PAYLINK_BITRIX24_WEBHOOK) либо --portal URL и --token-file FILE.</translation>
    </message>
    <message>
        <source>--timeout is 1 to 600 seconds.</source>
        <translation>--timeout — от 1 до 600 секунд.</translation>
    </message>
    <message>
        <source>JSON file with access_token, refresh_token, client_id, client_secret and oauth_server (OAuth; else $PAYLINK_BITRIX24_TOKEN).</source>
        <translation>Файл JSON с access_token, refresh_token, client_id, client_secret и oauth_server (OAuth; иначе $PAYLINK_BITRIX24_TOKEN).</translation>
    </message>
    <message>
        <source>OAuth needs both --portal URL and --token-file FILE (or $PAYLINK_BITRIX24_TOKEN).</source>
        <translation>Для OAuth нужны и --portal URL, и --token-file FILE (или $PAYLINK_BITRIX24_TOKEN).</translation>
    </message>
    <message>
        <source>--token-file: “%1”</source>
        <translation>--token-file: «%1»</translation>
    </message>
    <message>
        <source>%1 is not JSON (%2).</source>
        <translation>%1 — не JSON (%2).</translation>
    </message>
    <message>
        <source>%1: access_token is missing.</source>
        <translation>%1: отсутствует access_token.</translation>
    </message>
    <message>
        <source>A host besides the portal&apos;s own that its payment links may lead to (may repeat); links to any other host are refused.</source>
        <translation>Хост (помимо хоста самого портала), на который могут вести ссылки на оплату с этого портала (можно указать несколько раз); ссылки на любые другие хосты отклоняются.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Seconds one request may take, headers and body (default 30).</source>
        <translation>Сколько секунд может длиться один запрос, включая заголовки и тело (по умолчанию 30).</translation>
    </message>
    <message>
        <source>Seconds the whole command may talk to the portal, retries and waits included (default 60, at most 86400); then it ends with exit 3.</source>
        <translation>Сколько секунд вся команда может обмениваться данными с порталом, включая повторные попытки и ожидание (по умолчанию 60, не более 86400); после этого она завершается с кодом выхода 3.</translation>
    </message>
    <message>
        <source>--deadline is 1 to 86400 seconds.</source>
        <translation>--deadline — от 1 до 86400 секунд.</translation>
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
        <translation>Отметить платёж как оплаченный в Bitrix24.</translation>
    </message>
    <message>
        <source>Mark a payment unpaid in Bitrix24.</source>
        <translation>Отметить платёж как неоплаченный в Bitrix24.</translation>
    </message>
    <message>
        <source>The Bitrix24 payment id.</source>
        <translation>ID платежа в Bitrix24.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--id N is required (a positive number).</source>
        <translation>Требуется --id N (положительное число).</translation>
    </message>
    <message>
        <source>Bitrix24 did not confirm the change.</source>
        <translation>Bitrix24 не подтвердил изменение.</translation>
    </message>
    <message>
        <source>Warning: the local copy was not updated: %1</source>
        <translation>Предупреждение: локальная копия не обновлена: %1</translation>
    </message>
    <message>
        <source>Payment %1 is paid in Bitrix24.</source>
        <translation>Платёж %1 отмечен в Bitrix24 как оплаченный.</translation>
    </message>
    <message>
        <source>Payment %1 is unpaid in Bitrix24.</source>
        <translation>Платёж %1 отмечен в Bitrix24 как неоплаченный.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::Bitrix24SyncCommand</name>
    <message>
        <source>Pull the payments of a deal (2) or an invoice (31) into the database.</source>
        <translation>Загрузить платежи сделки (2) или счёта (31) в базу данных.</translation>
    </message>
    <message>
        <source>2 (deal) or 31 (invoice).</source>
        <translation>2 (сделка) или 31 (счёт).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>The deal&apos;s or invoice&apos;s id.</source>
        <translation>ID сделки или счёта.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--entity-type is 2 (deal) or 31 (invoice).</source>
        <translation>--entity-type: 2 (сделка) или 31 (счёт).</translation>
    </message>
    <message>
        <source>--entity-id N is required (a positive number).</source>
        <translation>Требуется --entity-id N (положительное число).</translation>
    </message>
    <message numerus="yes">
        <source>Synchronised %n payment(s).</source>
        <translation>
            <numerusform>Синхронизирован %n платёж.</numerusform>
            <numerusform>Синхронизировано %n платежа.</numerusform>
            <numerusform>Синхронизировано %n платежей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::cli::Bitrix24UrlCommand</name>
    <message>
        <source>Print the public link of payments: id, url and short url.</source>
        <translation>Вывести публичные ссылки платежей: ID, URL и короткий URL.</translation>
    </message>
    <message>
        <source>Payment ids: N, N,N,… or A-B (through batch, 50 a call).</source>
        <translation>ID платежей: N, N,N,… или A-B (через batch, по 50 за вызов).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Also store the links as payments.</source>
        <translation>Также сохранить ссылки как платежи.</translation>
    </message>
    <message>
        <source>--id is required.</source>
        <translation>Требуется --id.</translation>
    </message>
    <message>
        <source>--id: %1</source>
        <translation>--id: %1</translation>
    </message>
    <message>
        <source>Note: payment %1: the portal&apos;s QR image is broken; Paylink Desk draws its own from the short link.</source>
        <translation>Примечание: платёж %1: QR-изображение портала повреждено; Paylink Desk строит собственный QR-код по короткой ссылке.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::Command</name>
    <message>
        <source>Usage: paylink &lt;command&gt; [options]</source>
        <translation>Использование: paylink &lt;команда&gt; [параметры]</translation>
    </message>
    <message>
        <source>Payment links and QR invoices for Bitrix24 and PayByLink, from the command line.</source>
        <translation>Ссылки на оплату и счета с QR-кодом для Bitrix24 и PayByLink из командной строки.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Run “paylink &lt;command&gt; --help” for the options of a command.</source>
        <translation>Выполните «paylink &lt;команда&gt; --help», чтобы увидеть параметры команды.</translation>
    </message>
    <message>
        <source>Run “paylink %1 --help” for usage.</source>
        <translation>Выполните «paylink %1 --help», чтобы узнать, как использовать команду.</translation>
    </message>
    <message>
        <source>The payments database (default: %1).</source>
        <translation>База данных платежей (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>paylink: unknown command “%1”.</source>
        <translation>paylink: неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>Only payments with this status: draft, ready, paid, failed or expired.</source>
        <translation>Только платежи с этим статусом: draft, ready, paid, failed или expired.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only payments whose order, customer or e-mail contains TEXT.</source>
        <translation>Только платежи, у которых номер заказа, клиент или эл. почта содержат TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only payments of this service: bitrix24 or paybylink.</source>
        <translation>Только платежи этого сервиса: bitrix24 или paybylink.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--status “%1” is not one of draft, ready, paid, failed, expired.</source>
        <translation>--status «%1»: допустимые значения — draft, ready, paid, failed, expired.</translation>
    </message>
    <message>
        <source>--service “%1” is not one of bitrix24, paybylink.</source>
        <translation>--service «%1»: допустимые значения — bitrix24, paybylink.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 invalid data, 2 usage, 3 remote or service error (also a database another program keeps busy).</source>
        <translation>Коды выхода: 0 — успех, 1 — недопустимые данные, 2 — ошибка использования, 3 — ошибка удалённого сервиса (в том числе база данных, занятая другой программой).</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ExportCommand</name>
    <message>
        <source>Write the payments to a CSV file (RFC 4180, UTF-8).</source>
        <translation>Записать платежи в файл CSV (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>The CSV file to write (replaced atomically).</source>
        <translation>Файл CSV для записи (заменяется атомарно).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Field delimiter: , (default) or ;.</source>
        <translation>Разделитель полей: , (по умолчанию) или ;.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation>Начать файл с метки порядка байтов UTF-8 (BOM, для Excel).</translation>
    </message>
    <message>
        <source>Only what is sent out: orderRef, customerName, amount, currency, link, shortLink.</source>
        <translation>Только то, что передаётся клиентам: orderRef, customerName, amount, currency, link, shortLink.</translation>
    </message>
    <message>
        <source>-o FILE is required.</source>
        <translation>Требуется -o FILE.</translation>
    </message>
    <message>
        <source>--delimiter “%1” is not , or ;.</source>
        <translation>--delimiter «%1»: допустимы только , или ;.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payment(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %n платёж в %1.</numerusform>
            <numerusform>Экспортировано %n платежа в %1.</numerusform>
            <numerusform>Экспортировано %n платежей в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write every value as it is. By default a value that starts with =, +, -, @, a tab or a carriage return gets a leading &apos; so that a spreadsheet shows it as text instead of running it as a formula; paylink paybylink import takes that &apos; away again.</source>
        <translation>Записывать каждое значение как есть. По умолчанию перед значением, которое начинается с =, +, -, @, табуляции или возврата каретки, ставится &apos;, чтобы электронная таблица показала его как текст, а не выполнила как формулу; paylink paybylink import снова убирает этот &apos;.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ImportCommand</name>
    <message>
        <source>Sign a link for every row of a CSV file and store them all in one transaction.</source>
        <translation>Подписать ссылку для каждой строки файла CSV и сохранить их все в одной транзакции.</translation>
    </message>
    <message>
        <source>The field delimiter: “,”, “;” or “tab” (detected when not given).</source>
        <translation>Разделитель полей: «,», «;» или «tab» (если не указан, определяется автоматически).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Tie a column of the file to a field (order, name, email, phone, amount, currency, description, expiry, language, gender); may repeat.</source>
        <translation>Связать столбец файла с полем (order, name, email, phone, amount, currency, description, expiry, language, gender); можно указать несколько раз.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <translation>COLUMN=FIELD</translation>
    </message>
    <message>
        <source>A constant raw parameter added to every link (may repeat).</source>
        <translation>Постоянный необработанный параметр, добавляемый к каждой ссылке (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>Check every row and report, but sign and store nothing.</source>
        <translation>Проверить все строки и вывести отчёт, но ничего не подписывать и не сохранять.</translation>
    </message>
    <message>
        <source>Write the rejected rows, with an error column, to this CSV file to fix and import again.</source>
        <translation>Записать отклонённые строки со столбцом ошибки в этот файл CSV, чтобы исправить и импортировать их повторно.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print the time of each phase on stderr.</source>
        <translation>Выводить время каждого этапа в stderr.</translation>
    </message>
    <message>
        <source>give one CSV file to import.</source>
        <translation>укажите один файл CSV для импорта.</translation>
    </message>
    <message>
        <source>--delimiter is “,”, “;” or “tab”.</source>
        <translation>--delimiter: «,», «;» или «tab».</translation>
    </message>
    <message>
        <source>--map “%1” is not COLUMN=FIELD with FIELD one of order, name, email, phone, amount, currency, description, expiry, language, gender.</source>
        <translation>--map «%1» не имеет вида COLUMN=FIELD, где FIELD — одно из: order, name, email, phone, amount, currency, description, expiry, language, gender.</translation>
    </message>
    <message>
        <source>--map gives the field %1 twice (“%2” and “%3”).</source>
        <translation>--map задаёт поле %1 дважды («%2» и «%3»).</translation>
    </message>
    <message>
        <source>--param “%1” is not NAME=VALUE.</source>
        <translation>--param «%1» не имеет вида NAME=VALUE.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>dry run: would import %1, rejected %2</source>
        <translation>пробный запуск: было бы импортировано %1, отклонено %2</translation>
    </message>
    <message>
        <source>imported %1, rejected %2</source>
        <translation>импортировано %1, отклонено %2</translation>
    </message>
    <message>
        <source>No row was valid; nothing was written.</source>
        <translation>Ни одна строка не прошла проверку; ничего не записано.</translation>
    </message>
    <message>
        <source>Import batch %1 (paylink list shows its payments).</source>
        <translation>Пакет импорта %1 (его платежи показывает paylink list).</translation>
    </message>
    <message>
        <source>parse %1 ms, check %2 ms, sign %3 ms (summed over the signing threads), write %4 ms, index %5 ms, commit %6 ms, total %7 ms</source>
        <translation>разбор %1 мс, проверка %2 мс, подпись %3 мс (сумма по потокам подписи), запись %4 мс, индексация %5 мс, фиксация %6 мс, всего %7 мс</translation>
    </message>
    <message>
        <source>When another program is writing to the database, wait up to this many seconds for it (default 120), saying so on stderr; then give up with nothing written.</source>
        <translation>Если в базу данных записывает другая программа, ждать её не дольше указанного числа секунд (по умолчанию 120), сообщая об этом в stderr; затем завершиться, ничего не записав.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>--wait is a number of seconds from 0 to 86400.</source>
        <translation>--wait — число секунд от 0 до 86400.</translation>
    </message>
    <message>
        <source>waiting for another import (or another writer) to finish…</source>
        <translation>ожидание завершения другого импорта (или другой программы, записывающей в базу данных)…</translation>
    </message>
</context>
<context>
    <name>paylink::cli::InvoicesCommand</name>
    <message>
        <source>Write one PDF with a QR invoice per payment.</source>
        <translation>Записать один PDF со счётом с QR-кодом для каждого платежа.</translation>
    </message>
    <message>
        <source>Local ids of the payments, with commas.</source>
        <translation>Локальные ID платежей через запятую.</translation>
    </message>
    <message>
        <source>N,...</source>
        <translation>N,...</translation>
    </message>
    <message>
        <source>Every payment (or every one matching --status, --search, --service).</source>
        <translation>Все платежи (или все, подходящие под --status, --search, --service).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Файл PDF для записи.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Paper: A4 (default) or Letter.</source>
        <translation>Бумага: A4 (по умолчанию) или Letter.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Invoices a page: 1 (default), 2, 4 or 8 as labels.</source>
        <translation>Счетов на странице: 1 (по умолчанию), 2, 4 или 8 (этикетками).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>give either --ids N,... or --all.</source>
        <translation>укажите либо --ids N,..., либо --all.</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required.</source>
        <translation>Требуется -o FILE.pdf.</translation>
    </message>
    <message>
        <source>--page “%1” is not A4 or Letter.</source>
        <translation>--page «%1»: допустимы только A4 или Letter.</translation>
    </message>
    <message>
        <source>--per-page “%1” is not 1, 2, 4 or 8.</source>
        <translation>--per-page «%1»: допустимы только 1, 2, 4 или 8.</translation>
    </message>
    <message>
        <source>--ids “%1” is not a payment id (a whole number from 1).</source>
        <translation>--ids «%1» — не ID платежа (целое число от 1).</translation>
    </message>
    <message>
        <source>payment %1: no payment has this id</source>
        <translation>платёж %1: платежа с таким ID нет</translation>
    </message>
    <message>
        <source>payment %1: %2</source>
        <translation>платёж %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n invoice(s) to %1</source>
        <translation>
            <numerusform>%n счёт записан в %1</numerusform>
            <numerusform>%n счёта записаны в %1</numerusform>
            <numerusform>%n счетов записано в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s)).</source>
        <translation>
            <numerusform>(%n страница).</numerusform>
            <numerusform>(%n страницы).</numerusform>
            <numerusform>(%n страниц).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::cli::ListCommand</name>
    <message>
        <source>List the payments in the database.</source>
        <translation>Вывести список платежей из базы данных.</translation>
    </message>
    <message>
        <source>Print a JSON array of payment objects.</source>
        <translation>Вывести массив JSON с объектами платежей.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::MarkPaidCommand</name>
    <message>
        <source>Mark payments as paid by hand.</source>
        <translation>Вручную отметить платежи как оплаченные.</translation>
    </message>
    <message>
        <source>Mark paid payments as not paid (back to ready, or draft without a link).</source>
        <translation>Отметить оплаченные платежи как неоплаченные (статус снова «готов» или «черновик», если ссылки нет).</translation>
    </message>
    <message>
        <source>Local id of the payment, as `list` prints it; several with commas.</source>
        <translation>Локальный ID платежа, как его выводит `list`; несколько — через запятую.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--id N is required.</source>
        <translation>Требуется --id N.</translation>
    </message>
    <message>
        <source>--id “%1” is not a payment id (a whole number from 1).</source>
        <translation>--id «%1» — не ID платежа (целое число от 1).</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n payment(s) paid.</source>
        <translation>
            <numerusform>%n платёж отмечен как оплаченный.</numerusform>
            <numerusform>%n платежа отмечены как оплаченные.</numerusform>
            <numerusform>%n платежей отмечено как оплаченные.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n payment(s) unpaid.</source>
        <translation>
            <numerusform>%n платёж отмечен как неоплаченный.</numerusform>
            <numerusform>%n платежа отмечены как неоплаченные.</numerusform>
            <numerusform>%n платежей отмечено как неоплаченные.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paylink::cli::PayByLinkCommand</name>
    <message>
        <source>PayByLink links: sign, import.</source>
        <translation>Ссылки PayByLink: sign, import.</translation>
    </message>
    <message>
        <source>Usage: paylink paybylink sign|import [options]</source>
        <translation>Использование: paylink paybylink sign|import [параметры]</translation>
    </message>
    <message>
        <source>give a sub-command: sign or import.</source>
        <translation>укажите подкоманду: sign или import.</translation>
    </message>
    <message>
        <source>unknown sub-command “%1”; use sign or import.</source>
        <translation>неизвестная подкоманда «%1»; используйте sign или import.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::PayByLinkOptions</name>
    <message>
        <source>A saved PayByLink profile.</source>
        <translation>Сохранённый профиль PayByLink.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The entity key (a GUID).</source>
        <translation>Ключ организации (entity key, GUID).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>The API user name (parameter u).</source>
        <translation>Имя пользователя API (параметр u).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>File whose first line is the API password (else $PAYLINK_PASSWORD).</source>
        <translation>Файл, первая строка которого — пароль API (иначе $PAYLINK_PASSWORD).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Production instead of the test system.</source>
        <translation>Рабочая среда вместо тестовой.</translation>
    </message>
    <message>
        <source>A mandate link instead of a payment link.</source>
        <translation>Ссылка на мандат вместо ссылки на оплату.</translation>
    </message>
    <message>
        <source>Mapping template.</source>
        <translation>Шаблон сопоставления.</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>TEMPLATE</translation>
    </message>
    <message>
        <source>URL shown when the link has expired.</source>
        <translation>URL, который открывается, если срок действия ссылки истёк.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>URL shown when an error occurs.</source>
        <translation>URL, который открывается при ошибке.</translation>
    </message>
    <message>
        <source>64 (default, safest) or 10.</source>
        <translation>64 (по умолчанию, надёжнее всего) или 10.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Also make the spbl.eu short alias (production; not confirmed by a published vector).</source>
        <translation>Также создать короткий псевдоним spbl.eu (рабочая среда; не подтверждено опубликованным тестовым примером).</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>$PAYLINK_PASSWORD</source>
        <translation>$PAYLINK_PASSWORD</translation>
    </message>
    <message>
        <source>--hash-length is 10 or 64.</source>
        <translation>--hash-length: допустимо 10 или 64.</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --profile; edit the profile instead.</source>
        <translation>--%1 нельзя сочетать с --profile; вместо этого измените профиль.</translation>
    </message>
    <message>
        <source>its password is not in the keychain</source>
        <translation>его пароля нет в связке ключей</translation>
    </message>
    <message>
        <source>no keychain is reachable, so its password is not available</source>
        <translation>связка ключей недоступна, поэтому его пароль получить нельзя</translation>
    </message>
    <message>
        <source>Profile “%1”: %2. Give --password-file FILE or set $PAYLINK_PASSWORD.</source>
        <translation>Профиль «%1»: %2. Укажите --password-file FILE или задайте $PAYLINK_PASSWORD.</translation>
    </message>
    <message>
        <source>--entity-key KEY is required without --profile.</source>
        <translation>Без --profile требуется --entity-key KEY.</translation>
    </message>
    <message>
        <source>--user USER is required without --profile.</source>
        <translation>Без --profile требуется --user USER.</translation>
    </message>
    <message>
        <source>the password is missing: give --password-file FILE or set $PAYLINK_PASSWORD (never on the command line).</source>
        <translation>пароль не указан: укажите --password-file FILE или задайте $PAYLINK_PASSWORD (но никогда не в командной строке).</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ProfileAddCommand</name>
    <message>
        <source>The parameter mapping in URL order, e.g. language=L,currency=C,amount=A,expiry=Ex,order=Or (fields not listed are left out of links).</source>
        <translation>Сопоставление параметров в порядке следования в URL, например language=L,currency=C,amount=A,expiry=Ex,order=Or (поля, которых нет в списке, не включаются в ссылки).</translation>
    </message>
    <message>
        <source>FIELD=PARAM,...</source>
        <translation>FIELD=PARAM,...</translation>
    </message>
    <message>
        <source>How amounts are written in links: comma (28,50, default), point (28.50) or minor (2850).</source>
        <translation>Формат сумм в ссылках: comma (28,50, по умолчанию), point (28.50) или minor (2850).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>How dates are written in links: dashed (2016-02-29, default) or compact (20160229).</source>
        <translation>Формат дат в ссылках: dashed (2016-02-29, по умолчанию) или compact (20160229).</translation>
    </message>
    <message>
        <source>Default currency when a payment gives none (EUR).</source>
        <translation>Валюта по умолчанию, если в платеже она не указана (EUR).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>give the service and a name: profile add paybylink NAME.</source>
        <translation>укажите сервис и имя: profile add paybylink NAME.</translation>
    </message>
    <message>
        <source>unknown service “%1”; it is paybylink or bitrix24.</source>
        <translation>неизвестный сервис «%1»; допустимы paybylink или bitrix24.</translation>
    </message>
    <message>
        <source>--entity-key KEY is required.</source>
        <translation>Требуется --entity-key KEY.</translation>
    </message>
    <message>
        <source>--user USER is required.</source>
        <translation>Требуется --user USER.</translation>
    </message>
    <message>
        <source>--mapping: “%1” is not FIELD=PARAM with FIELD one of order, amount, currency, name, email, phone, description, expiry, language, gender.</source>
        <translation>--mapping: «%1» не имеет вида FIELD=PARAM, где FIELD — одно из: order, amount, currency, name, email, phone, description, expiry, language, gender.</translation>
    </message>
    <message>
        <source>--amount-format is comma, point or minor.</source>
        <translation>--amount-format: допустимо comma, point или minor.</translation>
    </message>
    <message>
        <source>--date-format is dashed or compact.</source>
        <translation>--date-format: допустимо dashed или compact.</translation>
    </message>
    <message>
        <source>the password is missing: give --password-file FILE or set $PAYLINK_PASSWORD (never on the command line).</source>
        <translation>пароль не указан: укажите --password-file FILE или задайте $PAYLINK_PASSWORD (но никогда не в командной строке).</translation>
    </message>
    <message>
        <source>Added PayByLink profile “%1” (%2).</source>
        <translation>Добавлен профиль PayByLink «%1» (%2).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>Give --password-file or $PAYLINK_PASSWORD when you sign with this profile.</source>
        <translation>При подписи с этим профилем указывайте --password-file или $PAYLINK_PASSWORD.</translation>
    </message>
    <message>
        <source>Added Bitrix24 portal “%1”: %2.</source>
        <translation>Добавлен портал Bitrix24 «%1»: %2.</translation>
    </message>
    <message>
        <source>Add a profile: paylink profile add paybylink NAME --entity-key KEY --user USER [--password-file F] …, or paylink profile add bitrix24 NAME (--webhook-file F | --portal URL --token-file F) [--ca-file PEM] [--link-host HOST]</source>
        <translation>Добавить профиль: paylink profile add paybylink NAME --entity-key KEY --user USER [--password-file F] … или paylink profile add bitrix24 NAME (--webhook-file F | --portal URL --token-file F) [--ca-file PEM] [--link-host HOST]</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ProfileCommand</name>
    <message>
        <source>Profiles: add, list, remove.</source>
        <translation>Профили: add, list, remove.</translation>
    </message>
    <message>
        <source>Usage: paylink profile add|list|remove [options]</source>
        <translation>Использование: paylink profile add|list|remove [параметры]</translation>
    </message>
    <message>
        <source>give a sub-command: add, list or remove.</source>
        <translation>укажите подкоманду: add, list или remove.</translation>
    </message>
    <message>
        <source>unknown sub-command “%1”; use add, list or remove.</source>
        <translation>неизвестная подкоманда «%1»; используйте add, list или remove.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ProfileListCommand</name>
    <message>
        <source>List the saved profiles (never a secret).</source>
        <translation>Вывести список сохранённых профилей (без секретов).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Вывести массив JSON.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::ProfileRemoveCommand</name>
    <message>
        <source>Remove a profile and its keychain entries; its payments stay.</source>
        <translation>Удалить профиль и его записи в связке ключей; его платежи останутся.</translation>
    </message>
    <message>
        <source>Remove the profile even when its keychain entry cannot be deleted now (the message says what is left behind).</source>
        <translation>Удалить профиль, даже если его запись в связке ключей сейчас удалить нельзя (в сообщении будет указано, что осталось).</translation>
    </message>
    <message>
        <source>give the name of the profile to remove.</source>
        <translation>укажите имя удаляемого профиля.</translation>
    </message>
    <message>
        <source>Removed portal “%1” and its keychain entries; its payments stay.</source>
        <translation>Портал «%1» и его записи в связке ключей удалены; его платежи остались.</translation>
    </message>
    <message>
        <source>Removed profile “%1” and its keychain entry; its payments stay.</source>
        <translation>Профиль «%1» и его запись в связке ключей удалены; его платежи остались.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::QrCommand</name>
    <message>
        <source>Write TEXT as a QR code to a PNG, SVG or PDF file.</source>
        <translation>Записать TEXT в виде QR-кода в файл PNG, SVG или PDF.</translation>
    </message>
    <message>
        <source>The text to encode, exactly as UTF-8 bytes.</source>
        <translation>Текст для кодирования — в точности как байты UTF-8.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Файл для записи: .png, .svg или .pdf.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Error correction level: L, M (default), Q or H.</source>
        <translation>Уровень коррекции ошибок: L, M (по умолчанию), Q или H.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Pixels a module in a PNG (default 10); with --dpi it sets the printed size of every format.</source>
        <translation>Пикселей на модуль в PNG (по умолчанию 10); вместе с --dpi задаёт размер при печати для всех форматов.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (default 300).</source>
        <translation>Разрешение в точках на дюйм (по умолчанию 300).</translation>
    </message>
    <message>
        <source>Decode the written file with an independent decoder and fail unless it carries exactly TEXT.</source>
        <translation>Декодировать записанный файл независимым декодером и завершиться с ошибкой, если он не содержит в точности TEXT.</translation>
    </message>
    <message>
        <source>Quiet zone in modules (default 4; scanners need 4).</source>
        <translation>Свободная зона в модулях (по умолчанию 4; сканерам нужно 4).</translation>
    </message>
    <message>
        <source>MODULES</source>
        <translation>MODULES</translation>
    </message>
    <message>
        <source>give exactly one TEXT to encode.</source>
        <translation>укажите ровно один TEXT для кодирования.</translation>
    </message>
    <message>
        <source>-o FILE is required.</source>
        <translation>Требуется -o FILE.</translation>
    </message>
    <message>
        <source>-o “%1” must end in .png, .svg or .pdf.</source>
        <translation>-o «%1» должен оканчиваться на .png, .svg или .pdf.</translation>
    </message>
    <message>
        <source>--ecc “%1” is not one of L, M, Q, H.</source>
        <translation>--ecc «%1»: допустимы L, M, Q, H.</translation>
    </message>
    <message>
        <source>--module-px takes a whole number from 1 to 100.</source>
        <translation>--module-px принимает целое число от 1 до 100.</translation>
    </message>
    <message>
        <source>--dpi takes a whole number from 72 to 4800.</source>
        <translation>--dpi принимает целое число от 72 до 4800.</translation>
    </message>
    <message>
        <source>--margin takes a whole number from 0 to 40.</source>
        <translation>--margin принимает целое число от 0 до 40.</translation>
    </message>
    <message>
        <source>Wrote %1: version %2, %3×%3 modules, %4 mm a module, %5 mm wide.</source>
        <translation>Записан %1: версия %2, модулей: %3×%3, %4 мм на модуль, ширина %5 мм.</translation>
    </message>
    <message>
        <source>Verified: the file scans to exactly the text given.</source>
        <translation>Проверено: при сканировании файл даёт в точности заданный текст.</translation>
    </message>
    <message>
        <source>Warning: a quiet zone under 4 modules makes printed codes hard to scan.</source>
        <translation>Предупреждение: если свободная зона меньше 4 модулей, напечатанные коды плохо сканируются.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::SignCommand</name>
    <message>
        <source>Sign a PayByLink createUrl link locally and print it.</source>
        <translation>Локально подписать ссылку PayByLink createUrl и вывести её.</translation>
    </message>
    <message>
        <source>A raw parameter, taken verbatim (may repeat; kept in order).</source>
        <translation>Необработанный параметр, передаётся как есть (можно указать несколько раз; порядок сохраняется).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>Also store the link as a payment.</source>
        <translation>Также сохранить ссылку как платёж.</translation>
    </message>
    <message>
        <source>Print a JSON object with url and hash.</source>
        <translation>Вывести объект JSON с url и hash.</translation>
    </message>
    <message>
        <source>Typed %1, through the profile&apos;s parameter mapping.</source>
        <translation>Значение поля «%1»; передаётся через сопоставление параметров профиля.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>--%1 needs --profile (its parameter mapping); without a profile give raw parameters with --param.</source>
        <translation>--%1 требует --profile (нужно его сопоставление параметров); без профиля передавайте необработанные параметры через --param.</translation>
    </message>
    <message>
        <source>--param “%1” has no “=”: write NAME=VALUE.</source>
        <translation>В --param «%1» нет «=»: пишите NAME=VALUE.</translation>
    </message>
    <message>
        <source>--param “%1” has no name before “=”.</source>
        <translation>В --param «%1» нет имени перед «=».</translation>
    </message>
    <message>
        <source>Note: the spbl.eu short alias is not confirmed by a published vector.</source>
        <translation>Примечание: короткий псевдоним spbl.eu не подтверждён опубликованным тестовым примером.</translation>
    </message>
    <message>
        <source>--save: C=%1 is not an ISO 4217 currency.</source>
        <translation>--save: C=%1 — не код валюты ISO 4217.</translation>
    </message>
    <message>
        <source>--order “%1” already has a payment in profile “%2”; nothing was saved. Re-issue that payment instead, or use another order reference.</source>
        <translation>Для --order «%1» в профиле «%2» уже есть платёж; ничего не сохранено. Перевыпустите ссылку этого платежа или укажите другой номер заказа.</translation>
    </message>
    <message>
        <source>Saved as payment %1.</source>
        <translation>Сохранено как платёж %1.</translation>
    </message>
</context>
<context>
    <name>paylink::cli::VerifyCommand</name>
    <message>
        <source>Read the QR codes of a PNG, SVG or PDF back and check what they carry.</source>
        <translation>Прочитать QR-коды из файла PNG, SVG или PDF и проверить их содержимое.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>Файл для чтения.</translation>
    </message>
    <message>
        <source>Fail unless the file holds exactly one code carrying exactly TEXT.</source>
        <translation>Завершиться с ошибкой, если в файле не ровно один код или он содержит не в точности TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Page of a PDF, from 1 (default 1).</source>
        <translation>Страница PDF, начиная с 1 (по умолчанию 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>give exactly one FILE.</source>
        <translation>укажите ровно один FILE.</translation>
    </message>
    <message>
        <source>--page takes a whole number from 1.</source>
        <translation>--page принимает целое число от 1.</translation>
    </message>
    <message>
        <source>Verified: the file scans to exactly the text expected.</source>
        <translation>Проверено: при сканировании файл даёт в точности ожидаемый текст.</translation>
    </message>
    <message>
        <source>No QR code could be read from this file.</source>
        <translation>Не удалось прочитать QR-код из этого файла.</translation>
    </message>
    <message>
        <source>The page does not carry exactly the expected text.</source>
        <translation>Страница не содержит в точности ожидаемый текст.</translation>
    </message>
</context>
</TS>
