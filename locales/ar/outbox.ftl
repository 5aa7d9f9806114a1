# Draft translation: not yet checked by a native speaker.
outbox-progress =
    📤 <b>{ $kind ->
        [announcement] الإعلان
       *[other] التنبيهات
    } رقم { $id }</b>
    جارٍ الإرسال… وصل { $sent } من { $total }.
outbox-progress-final =
    📤 <b>{ $kind ->
        [announcement] الإعلان
       *[other] التنبيهات
    } رقم { $id }</b>
    انتهى: وصل { $sent } من { $total }.
outbox-stop-button = ⏹ أوقف الإرسال
outbox-report =
    ✅ <b>تم إرسال { $kind ->
        [announcement] الإعلان
       *[other] التنبيهات
    } رقم { $id }.</b>
    • وصل: { $sent } من { $total }
    • حظروا البوت (أُلغي اشتراكهم): { $blocked }
    • فشل: { $failed }
    • غير معروف: { $unknown }
    غير معروف يعني أن الإرسال توقف أثناء هذه الرسائل: ربما وصلت، لذلك لن تُرسل مرة أخرى.
outbox-report-stopped =
    ⛔ <b>تم إيقاف { $kind ->
        [announcement] الإعلان
       *[other] التنبيهات
    } رقم { $id }.</b>
    تعذر إرسال الرسالة باللغة { $language } ({ $reason }). من فضلك راجع النص وأرسل إعلانًا جديدًا.
    • وصل: { $sent } من { $total }
    • لم يُرسل: { $pending }
    • حظروا البوت: { $blocked }
    • فشل: { $failed }
    • غير معروف: { $unknown }
outbox-report-cancelled =
    ✖️ <b>تم إلغاء { $kind ->
        [announcement] الإعلان
       *[other] التنبيهات
    } رقم { $id }.</b>
    • وصل قبل ذلك: { $sent } من { $total }
    • لم يُرسل: { $pending }
    • حظروا البوت: { $blocked }
    • فشل: { $failed }
    • غير معروف: { $unknown }
