# Wegwijs, personel metinleri: Türkçe.

## Common
cancel = İptal
save = Kaydet
saving = Kaydediliyor…
edit = Düzenle
confirm = Onayla
continue = Devam et
checking = Denetleniyor…
field-status = Durum
field-type = Tür
field-municipality = Belediye
field-places = Yer sayısı
field-change = Değiştir
field-role = Rol
field-email = E-posta adresi
field-password = Parola
show-password = Parolayı göster
date-from = Başlangıç
date-until = Bitiş
choose-location = Bir konum seçin
staff-loading-locations = Konumlar yükleniyor…
role-resident = Sakin
role-trainer = Eğitmen
role-staff = Personel
role-admin = Yönetici
status-card-pending = Kart verildi, henüz etkinleştirilmedi
status-active = Etkin
status-disabled = Devre dışı

## Staff overview
staff-overview-title = Personel genel bakışı
staff-register-new = Yeni bir sakin kaydet
capacity-caption = { $agency } kabul konumları
capacity-total = Toplam
system-status = Sistem durumu
checking-system = Sistem denetleniyor…
health-ok = Normal çalışıyor
health-degraded = Kısıtlı: veritabanı hazır değil
health-schema = Veritabanı şeması
health-none = yok
health-api-version = API sürümü

## Residents
residents-title = Sakinler
residents-all-locations = Tüm konumlarım
loading-residents = Sakinler yükleniyor…
residents-empty = Burada henüz kayıtlı sakin yok.
residents-caption = Sakinler ({ $count })

## New resident
new-resident-title = Yeni sakin
new-resident-registered = Kaydedildi. Bu kartı sakine verin.
new-resident-open = Bu sakini aç
new-resident-another = Başka bir sakin kaydet
field-preferred-name = Tercih edilen ad
field-preferred-name-hint = Sakinin kendisine hitap edilmesini istediği ad.
field-v-number = Sakin numarası (V-numarası)
field-v-number-hint = 10 rakam.
choose-language = Bir dil seçin
field-birth-optional = Doğum tarihi (isteğe bağlı)
field-birth-hint = Yalnızca sakin yaşına uygun bilgi istiyorsa.
new-resident-submit = Kaydet ve kart oluştur
new-resident-busy = Kaydediliyor…

## One resident
all-residents = Tüm sakinler
loading-resident = Sakin yükleniyor…
moves-now = şu an
field-date-of-birth = Doğum tarihi
not-recorded = Kayıtlı değil
moves-caption = Bu sakinin kaldığı yerler
card-issue = Yeni etkinleştirme kartı ver
card-confirm-text = Eski kod artık çalışmaz ve sakinin tüm cihazlardaki oturumu kapanır. Sakin yeni kartla yeni bir PIN seçer. Devam edilsin mi?
card-confirm = Evet, yeni kart ver
move-title = Başka bir konuma taşı
move-done = Taşındı.
move-new-location = Yeni konum
move-submit = Taşı
move-busy = Taşınıyor…

## Activation card
card-code-label = Etkinleştirme kodu
card-qr-label = Wegwijs’i bu kod girilmiş olarak açan QR kodu
card-print = Kartı yazdır

## Trainer area
trainer-title = Eğitmen alanı
trainer-lead = Dijital beceri modülleri AB çerçevesi DigComp 2.2 ile eşleştirilmiştir. Bunlar çerçevenin beş yetkinlik alanıdır.

## Staff sign-in
staff-sign-in-title = Personel ve eğitmenler için giriş
field-totp-code = Kimlik doğrulama uygulamanızdaki kod
field-totp-code-hint = 6 rakam ya da kurtarma kodlarınızdan biri.
staff-resident-question = Sakin misiniz?
staff-resident-link = Sakin numaranızla giriş yapın

## Accepting an invitation
invite-title = Davet
invite-incomplete = Bu bağlantı eksik. Davetinizdeki bağlantının tamamını açın ya da bir yöneticiden yenisini isteyin.
invite-setup-title = Hesabınızı kurun
invite-step-password = Adım 1/3: bir parola seçin
field-password-hint = En az 8 karakter; bir cümle iyi olur.
field-password-repeat = Parolayı yeniden yazın
error-passwords_differ = İki parola aynı değil.
invite-step-app = Adım 2/3: bir kimlik doğrulama uygulaması bağlayın
invite-scan = Bu QR kodunu telefonunuzdaki bir kimlik doğrulama uygulamasıyla tarayın (örneğin kurumunuzun kullandığı uygulama). Hesap:
invite-qr-label = Kimlik doğrulama uygulamanız için QR kodu
invite-cannot-scan = Tarayamıyor musunuz? Bunun yerine bu anahtarı uygulamaya yazın:
field-app-code = Uygulamanın gösterdiği 6 haneli kod
invite-step-codes = Adım 3/3: kurtarma kodlarınızı saklayın
invite-codes-text = Telefonunuzu kaybederseniz bu kodların her biriyle, uygulamanın kodu yerine bir kez giriş yapabilirsiniz. Yazdırın ya da not edin ve güvenli bir yerde saklayın. Yalnızca şimdi gösterilirler.
invite-codes-stored = Kodları sakladım

## Admin: accounts
admin-accounts = Hesaplar
admin-locations = Konumlar
admin-audit = Denetim kaydı
loading-accounts = Hesaplar yükleniyor…
accounts-caption = Personel, eğitmenler ve yöneticiler
field-email-short = E-posta
account-status-pending = Davet edildi, henüz kurulmadı
account-edit-title = { $name } kişisini değiştir
account-disabled = Devre dışı (bu kişinin her yerdeki oturumunu kapatır ve giriş yapmasını engeller)
invite-someone = Birini davet et
invite-locations = Konumlar (personel ve eğitmenler için en az bir konum gerekir)
invite-create = Davet oluştur
invite-creating = Oluşturuluyor…
invite-created = { $name } için davet oluşturuldu. Bu bağlantıyı kendisine gönderin; bir kez ve { $until } tarihine kadar çalışır. Yalnızca şimdi gösterilir.
invite-link = Davet bağlantısı
invite-copy = Bağlantıyı kopyala
invite-copied = Kopyalandı.
invite-copy-failed = Kopyalanamadı. Bağlantıyı seçip elle kopyalayın.

## Admin: locations
locations-caption = { $agency } konumları
field-timezone = Saat dilimi
field-timezone-hint = Örneğin Europe/Amsterdam.
error-not_a_number = Yer sayısını rakamla yazın, örneğin 400.
location-change-title = Konumu değiştir
location-add-title = Konum ekle
location-add = Konumu ekle

## Admin: audit log
audit-actor-id = İşlemi yapanın kimliği
audit-resident-id = Sakin kimliği
audit-event = Olay
audit-all-events = Tüm olaylar
audit-show = Göster
loading-audit = Denetim kaydı yükleniyor…
audit-none = Eşleşen kayıt yok.
audit-caption = Kayıtlar, en yenisi önce
audit-time = Zaman
audit-actor = İşlemi yapan
audit-resident = Sakin
audit-subject = Konu
audit-details = Ayrıntılar
audit-request-id = İstek kimliği
audit-newest = En yeni kayıtlar
audit-older = Daha eski kayıtlar
audit-event-sign_in = giriş
audit-event-sign_in_failed = başarısız giriş
audit-event-locked_out = kilitlendi
audit-event-sign_out = çıkış
audit-event-session_revoked = oturum iptal edildi
audit-event-activated = etkinleştirildi
audit-event-permission_denied = erişim reddedildi
audit-event-resident_read = sakin görüntülendi
audit-event-resident_listed = sakinler listelendi
audit-event-resident_created = sakin kaydedildi
audit-event-activation_card_issued = etkinleştirme kartı verildi
audit-event-resident_moved = sakin taşındı
audit-event-account_invited = hesap davet edildi
audit-event-account_enrolled = hesap kuruldu
audit-event-account_updated = hesap güncellendi
audit-event-location_changed = konum değiştirildi

## content
audit-event-procedure_stage_set = iltica süreci aşaması belirlendi
