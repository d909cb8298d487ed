# Wegwijs: Türkçe.

## Language picker
language-title = Dil
language-intro = Wegwijs'in sizinle hangi dilde konuşacağını seçin. Bunu istediğiniz zaman değiştirebilirsiniz.
nav-language = Dil

## Account (the language remembered on the account; changes still waiting at sign-out)
pending-what-language = Hesabınız için dil seçimi
pending-state-held = Bu değişikliği yapan kişinin bu cihazda yeniden giriş yapması bekleniyor
sign-out-unsent = { $count } değişikliğiniz henüz gönderilmedi.
sign-out-unsent-kept = Şimdi çıkış yaparsanız bu cihazda kalırlar ve burada yeniden giriş yaptığınızda gönderilirler.
sign-out-send-first = Şimdi gönder
sign-out-anyway = Yine de çıkış yap

## Page frame
skip-to-content = İçeriğe geç
nav-main = Ana menü
nav-home = Ana sayfa
nav-trainers = Eğitmenler
nav-staff = Personel
nav-admin = Yönetim
nav-sign-in = Giriş yap
sign-out = Çıkış yap
sign-out-failed = Hâlâ giriş yapmış durumdasınız.
footer-text = Wegwijs: yolunuzu bulun. Bilgileriniz kabul kurumunuzda kalır.
connection-online = Çevrimiçi
connection-offline = Çevrimdışı: daha önce yüklenenleri okumaya devam edebilirsiniz.

## Common
loading = Yükleniyor…
checking-session = Kimin giriş yaptığı kontrol ediliyor…
go-home = Ana sayfaya git
try-again = Tekrar dene
hello = Merhaba
my-sessions = Oturumlarım
field-name = Ad
field-resident-number = Sakin numarası
field-location = Konum
field-language = Dil

## Access guard
guard-sign-in-title = Lütfen giriş yapın
guard-sign-in-text = Bu sayfayı açmak için giriş yapmanız gerekir.
guard-denied-title = İzin yok
guard-denied-text = Hesabınız bu sayfayı açamaz. İşiniz için gerekiyorsa bir yöneticiye başvurun.

## Not found
not-found-title = Bu sayfa yok
not-found-text = Adres eski olabilir ya da yanlış yazılmış olabilir.

## Home
home-welcome = Wegwijs'e hoş geldiniz
home-lead = Başvuru süreciniz ve merkezinizdeki yaşam hakkında bilgiler, kendi işleriniz ve dijital beceriler öğrenmek için dersler.
home-new-card = Yeni bir kartım var
home-staff-link = Personel ve eğitmenler
loading-locations = Kabul merkezleri yükleniyor…
loading-my-details = Bilgileriniz yükleniyor…
my-details = Bilgilerim
go-admin-area = Yönetim bölümüne git
go-trainer-area = Eğitmen bölümüne git
go-staff-area = Personel bölümüne git
location-kind-col = Merkezi kabul
location-kind-pol = Süreç kabulü
location-kind-azc = Sığınmacı merkezi

## Activation card
card-title = Etkinleştirme kartı
card-valid-until = Geçerlilik tarihi
card-instructions = Telefonunuzda Wegwijs'i açın, “Yeni bir kartım var”ı seçin, bu kodu yazın ya da QR kodunu okutun. Ardından altı haneli bir PIN seçin.

## Errors
error-network = Wegwijs'e ulaşılamadı. İnternet bağlantınızı kontrol edip tekrar deneyin.
error-unexpected = Wegwijs, uygulamanın bu sürümünün anlamadığı bir yanıt gönderdi. Sayfayı yeniden yükleyin.
error-not-found = Aradığınızı bulamadık.
error-validation = Bazı bilgiler eksik ya da yanlış. Lütfen aşağıdaki alanları kontrol edin.
error-unavailable = Wegwijs meşgul ya da güncelleniyor. Lütfen birkaç dakika sonra tekrar deneyin.
error-generic = Bir sorun oluştu. Lütfen tekrar deneyin. Sürekli oluyorsa personele söyleyin.
error-reference = Personel için referans:
error-send-report = Bu sorunu destek ekibine gönder
error-report-sent = Gönderildi. Referans numaranız { $id }.
error-report-failed = Gönderilemedi: { $why }

## Field errors from the API, by code
error-too_common = Bu parola sık kullanılan parolalar listesinde. Başka bir parola seçin; kısa bir cümle iyi olur.
error-activation_code_expired = Bu kodun süresi doldu (bir kart 14 gün geçerlidir). Personelden yeni bir kart isteyin.
error-activation_code_used = Bu kod zaten kullanıldı. Sakin numaranız ve PIN'inizle giriş yapın ya da personelden yeni bir kart isteyin.
error-activation_code_unknown = Bu kod bilinmiyor. Kartınızdaki harfleri ve rakamları kontrol edin.
error-activation_code_replaced = Bu kartın yerine daha yeni bir kart verildi. En yeni kartınızdaki kodu kullanın.

## Activation (a new card)
activate-lead = Kartınızdaki kodu yazın ve altı haneli bir PIN seçin. Giriş yaparken sakin numaranızı ve bu PIN'i kullanacaksınız.
activate-code = Kartınızdaki kod
activate-code-hint = 12 harf ve rakam, örneğin ABCD-EFGH-JKMN.
activate-pin = Bir PIN seçin (6 rakam)
activate-pin-hint = Hepsi aynı rakam olmasın ve 123456 gibi sıralı olmasın.
activate-pin-repeat = PIN'i tekrar yazın
activate-submit = Etkinleştir
activate-busy = Etkinleştiriliyor…
activate-already = Zaten etkinleştirdiniz mi?
show-pin = PIN'i göster
field-pin = PIN
error-pins_differ = İki PIN aynı değil. Aynı altı rakamı iki kez yazın.

## Resident sign-in
sign-in-number-hint = W belgenizdeki 10 rakam.
sign-in-busy = Giriş yapılıyor…
sign-in-forgot = PIN'inizi mi unuttunuz? Bulunduğunuz yerdeki personelden yeni bir kart isteyin.

## My sessions
sessions-lead = Bunlar giriş yaptığınız telefonlar ve bilgisayarlar. Tanımadığınız cihazlardan çıkış yapın.
loading-sessions = Oturumlarınız yükleniyor…
sessions-sign-out-everywhere = Her yerden çıkış yap
sessions-this-device = Bu cihaz
sessions-signed-in = Giriş
sessions-last-used = Son kullanım
sessions-sign-out-here = Bu cihazdan çıkış yap

## App updates and offline
app-name = Wegwijs: yolunuzu bulun
app-description = Kabul merkezlerinde yaşayanlar için bilgiler, kendi işleriniz ve dijital beceri dersleri.
update-ready = Wegwijs'in yeni bir sürümü hazır.
update-reload = Yeniden yükle
offline-page-title = Bu sayfa henüz çevrimdışı kullanılamıyor
offline-page-text = Wegwijs bu sayfayı henüz cihazınıza kaydetmedi. İnternete bağlıyken bir kez açın; sonrasında çevrimdışı da çalışır. Bağlantı geri geldiğinde kendiliğinden açılır.

## Offline changes (the write queue): header indicator and /pending
pending-waiting = { $count ->
    [one] 1 değişiklik bekliyor
   *[other] { $count } değişiklik bekliyor
}
pending-sending = Gönderiliyor: { $done } / { $total }…
pending-rejected = { $count ->
    [one] 1 değişiklik kabul edilmedi
   *[other] { $count } değişiklik kabul edilmedi
}
pending-title = Bu cihazdaki değişiklikler
pending-lead = Bağlantı yokken yaptığınız değişiklikler bu cihazda saklanır ve bağlantı geri geldiğinde sırayla gönderilir. Siz seçmedikçe hiçbir şey silinmez.
pending-empty = Tüm değişiklikler gönderildi.
pending-send-now = Şimdi gönder
pending-made-at = Oluşturulma
pending-state = Durum
pending-state-waiting = Gönderilmeyi bekliyor
pending-state-sending = Gönderiliyor…
pending-state-rejected = Wegwijs tarafından kabul edilmedi
pending-why = Neden kabul edilmedi
pending-discard = Bu değişikliği sil
pending-what-client-error = Destek ekibi için sorun bildirimi
error-report-queued = Bu cihaza kaydedildi. Bağlantı geri geldiğinde gönderilecek.

## Display settings (text size, contrast) and reading aloud
nav-display = Görünüm
display-title = Yazı boyutu ve kontrast
display-intro = Yazıyı büyütün ya da renkleri güçlendirin. Seçiminiz bu cihazda saklanır.
display-text-size = Yazı boyutu
display-size-normal = Normal
display-size-large = Büyük
display-size-larger = Daha büyük
display-sample = Aa
display-contrast = Kontrast
display-contrast-normal = Normal renkler
display-contrast-high = Yüksek kontrast
display-not-kept = Bu cihaz seçiminizi saklayamıyor. Seçiminiz Wegwijs'i kapatana kadar geçerli.
listen = Dinle
listen-page = Bu sayfayı dinle
listen-pause = Duraklat
listen-resume = Devam et
listen-stop = Durdur
listen-unavailable = Bu cihazda bu dilde sesli okuma yok.
listen-failed = Sesli okuma bir hata nedeniyle durdu. Yeniden deneyin.

## centre
centre-title = Merkezim
centre-loading = Merkezinizin bilgileri yükleniyor…
centre-emergency-title = Acil durum
centre-emergency-text = Hayati tehlike varsa { $number } numarasını arayın: polis, itfaiye veya ambulans. Arama ücretsizdir, kontörünüz olmasa bile.
centre-call = { $number } numarasını ara
centre-address = Adres
centre-postal-address = Posta adresi
centre-phone = Telefon
centre-email = E-posta
centre-place = Nerede
centre-services-title = Hizmetler ve açılış saatleri
centre-no-services = Henüz hizmet eklenmedi. Resepsiyona sorun.
centre-status-open-always = Şu an açık, gece gündüz
centre-status-open-until = Şu an açık, { $time } saatine kadar
centre-status-open-until-day = Şu an açık, { $day } { $time } saatine kadar
centre-status-closed-opens = Kapalı, { $time } saatinde açılır
centre-status-closed-opens-tomorrow = Kapalı, yarın { $time } saatinde açılır
centre-status-closed-opens-day = Kapalı, { $day } { $time } saatinde açılır
centre-status-closed-unknown = Kapalı, önümüzdeki iki hafta açılış saati yok
centre-status-closed-reason = Bugün kapalı ({ $reason })
centre-next-tomorrow = Yarın { $time } saatinde açılır
centre-next-day = { $day } { $time } saatinde açılır
centre-today-hours = Bugün: { $hours }
centre-special-today = Bugün özel saatler: { $reason }
centre-closed = Kapalı
centre-week-hours = Bütün haftanın açılış saatleri
centre-week-caption = Açılış saatleri: { $service }
centre-day = Gün
centre-hours = Saatler
centre-exceptions-title = Özel günler
centre-kind-reception_desk = Resepsiyon
centre-kind-medical_practice = Sağlık merkezi (GZA)
centre-kind-mail = Posta
centre-kind-allowance = Harçlık ve ödemeler
centre-kind-shop = Market ve yemek
centre-kind-laundry = Çamaşırhane
centre-kind-counselling = Danışmanlık (VluchtelingenWerk)
centre-kind-transport = Ulaşım
centre-kind-other = Diğer
## activities
activities-title = Etkinlikler
activities-lead = Önümüzdeki iki haftada merkezinizde neler var. Kaydolun, böylece düzenleyenler geleceğinizi bilsin.
activities-loading = Etkinlikler yükleniyor…
activities-none = Önümüzdeki iki hafta için planlanmış etkinlik yok.
activities-today = Bugün, { $date }
activities-time = Saat
activities-place = Yer
activities-language = Dil
activities-places = Yerler
activities-no-language-needed = Konuşulan bir dil gerekmez
activities-cancelled = Bu etkinlik iptal edildi.
activities-full = Dolu. Bekleme listesi: { $waiting }
activities-places-left = Kalan yer: { $count }
activities-queued-signup = Kaydınız bu telefonda saklandı. İnternete bağlandığınızda gönderilecek.
activities-queued-cancel = İptaliniz bu telefonda saklandı. İnternete bağlandığınızda gönderilecek.
activities-you-have-a-place = Yeriniz var.
activities-you-are-waiting = Bekleme listesindesiniz (sıra { $position }).
activities-started = Bu etkinlik başladı.
activities-cancel = Kaydımı iptal et
activities-sign-up = Kaydol
activities-join-waiting-list = Bekleme listesine gir
activities-pending-signup = Bir etkinliğe kayıt
activities-pending-cancel = Bir etkinlik kaydının iptali
error-activities_started = Bu etkinlik başladı; artık kaydolamaz veya iptal edemezsiniz.
error-activities_cancelled = Bu etkinlik iptal edildi.
error-activities_no_occurrence = Etkinlik bu tarihte yapılmıyor.
## Resident information (My procedure, library, news, vacancies, search, favourites)
info-procedure-title = Başvuru sürecim
info-procedure-now = Şu an bulunduğunuz aşama:
info-procedure-unknown = Personel, sığınma sürecinin hangi aşamasında olduğunuzu henüz kaydetmedi. Danışma masasına sorun.
info-procedure-next = Bundan sonra neler olabilir
info-procedure-no-next = Bu, sığınma sürecinin sonudur.
info-procedure-read = Bu aşama hakkında daha fazla okuyun
info-stage-application = Sığınma başvurusu
info-stage-application-about = IND'den sığınma talep edersiniz. Polis kimliğinizi kontrol eder ve bilgilerinizi kaydeder.
info-stage-central_reception = Merkezi kabul
info-stage-central_reception-about = Merkezi kabul yerinde birkaç gün kalırsınız: kayıt görüşmesi, verem taraması ve bir hemşireyle ilk görüşme.
info-stage-rest_and_preparation = Dinlenme ve hazırlık süresi
info-stage-rest_and_preparation-about = Dinlenmek ve hazırlanmak için yaklaşık bir hafta. Avukatınızla tanışırsınız ve Hollanda Mülteci Konseyi'nden bilgi alırsınız.
info-stage-general_procedure = Genel sığınma prosedürü
info-stage-general_procedure-about = IND size kim olduğunuzu ve neden kaçtığınızı sorar. Avukatınız size yardım eder. Sonra IND karar verir.
info-stage-extended_procedure = Uzatılmış sığınma prosedürü
info-stage-extended_procedure-about = IND'nin karar vermek için daha fazla zamana ihtiyacı var. Bu aylar sürebilir. Bir kabul merkezinde beklersiniz.
info-stage-permit_granted = Oturma izni verildi
info-stage-permit_granted-about = Hollanda'da kalabilirsiniz. Bir belediyede ev alacak ve Hollandaca öğrenmeye başlayacaksınız.
info-stage-appeal = İtiraz
info-stage-appeal-about = IND hayır dedi. Avukatınız mahkemeden kararı yeniden incelemesini isteyebilir.
info-stage-departure = Ayrılış
info-stage-departure-about = Son cevap hayır. Hollanda'dan ayrılmanız gerekiyor. Geri Dönüş ve Ayrılış Servisi (DT&V) bu konuda sizinle konuşur.
info-tiles-title = Bilgi ve merkezdeki yaşam
info-tile-library = Bilgi
info-tile-news = Haberler
info-tile-centre = Merkezim
info-tile-activities = Etkinlikler
info-tile-vacancies = İş ve gönüllü çalışma
info-tile-search = Ara
info-tile-favourites = Favoriler
info-news-unread = { $count ->
    [one] { $count } okunmamış haber
   *[other] { $count } okunmamış haber
}
info-updated = Bilgiler güncellendi: { $time }
info-offline-saved = Çevrimdışısınız. Bu, { $time } tarihinde kaydedilen bilgidir.
info-loading = Bilgiler yükleniyor…
info-pending-favourite = Bir favori kaydedildi veya kaldırıldı
info-pending-news-seen = Haberler okundu olarak işaretlendi
info-library-lead = Sık sorulan soruların yanıtları, personel tarafından kontrol edildi. Bir konu seçin.
info-category-asylum-procedure = Sığınma süreci
info-category-rights-obligations = Haklar ve yükümlülükler
info-category-health-care = Sağlık hizmetleri
info-category-safety = Güvenlik
info-category-daily-life = Günlük yaşam
info-category-learning-work = Öğrenme ve çalışma
info-library-empty = Bu konuda henüz bir şey yok.
info-back-library = Bilgi sayfasına dön
info-not-found-title = Bulunamadı
info-not-found = Bu bilgi bulunamadı. Kaldırılmış olabilir ya da henüz bu telefonda değil.
info-fallback = Bu metin henüz sizin dilinizde yok. Şu dilde gösteriliyor: { $language }.
info-outdated = Bu çeviri yapıldıktan sonra asıl metin değişti. Anlaşılmayan bir şey varsa personele sorun.
info-published = Yayınlanma: { $date }
info-favourite-add = Favorilere kaydet
info-favourite-remove = Favorilerden çıkar
info-favourite-gone = Bu favori artık mevcut değil.
info-news-lead = Merkezinizden ve kurumdan haberler, en yenisi önce.
info-news-empty = Şu anda haber yok.
info-news-new = Yeni
info-vacancies-lead = Ücretli iş ve gönüllü çalışma. Koşulları okuyun; personel size daha fazlasını anlatabilir.
info-vacancies-empty = Şu anda açık pozisyon yok.
info-vacancy-paid = Ücretli iş
info-vacancy-volunteer = Gönüllü çalışma
info-vacancy-contact = İletişim
info-vacancy-link = Web sitesi
info-search-label = Ne arıyorsunuz?
info-search-hint = Tüm bilgilerde, haberlerde ve iş ilanlarında arar. İnternet olmadan da çalışır.
info-search-none = Hiçbir şey bulunamadı. Daha az ya da başka kelimeler deneyin.
info-search-results = { $count ->
    [one] { $count } sonuç
   *[other] { $count } sonuç
}
info-kind-article = Bilgi
info-kind-news = Haber
info-kind-vacancy = İş ilanı
info-favourites-lead = Yıldızla kaydettikleriniz.
info-favourites-empty = Henüz favoriniz yok. Burada saklamak için bir bilgi, haber veya iş ilanında “Favorilere kaydet”e dokunun.

## search
search-hint = Tüm bilgilerde, haberlerde, iş ilanlarında, etkinliklerde ve merkezinizin hizmetlerinde arar. İnternet olmadan da çalışır.
search-kind-activity = Etkinlik
search-kind-service = Merkez hizmeti

## learning resident
learning-tile = Öğrenme
learning-title = Öğrenmem
learning-lead = Telefonunuzu ve interneti güvenle kullanmak üzerine kısa dersler. Kendi hızınızda, internet olmadan da öğrenin.
learning-loading = Dersleriniz yükleniyor…
learning-none = Henüz sizin için ders yok.
learning-assigned = Eğitmeniniz tarafından verilenler
learning-optional = Seçebileceğiniz diğer dersler
learning-passport-link = Öğrenme pasaportum
learning-state-label = Durum
learning-state-not-started = Başlanmadı
learning-state-in-progress = Başlandı
learning-state-completed = Geçildi
learning-level-label = Seviye
learning-minutes-label = Süre
learning-minutes = Yaklaşık { $minutes } dk.
learning-competences-label = Beceriler
learning-questions-progress = Sorular: { $done } / { $total }
learning-due = { $date } tarihine kadar bitirin
learning-overdue = Gecikti: son tarih { $date } idi
learning-start = Başla
learning-continue = Devam et
learning-open-certificate = Sertifikayı aç
learning-preview-banner = Önizleme — hiçbir cevap kaydedilmez.
learning-queued = Çevrimiçi olduğunuzda gönderilecek.
learning-step-of = Adım { $step } / { $total }
learning-nav = Adımlar
learning-back = Geri
learning-next = İleri
learning-audio = Bir kaydı dinleyin:
learning-try-it = Telefonunuzda deneyin
learning-end-title = Sonucunuz
learning-end-no-questions = Bu derste soru yok.
learning-score = { $total } sorudan { $correct } tanesini doğru cevapladınız.
learning-passed = Tebrikler, geçtiniz!
learning-certificate-code = Sertifika kodunuz:
learning-verify-link = Bu sertifikayı doğrula
learning-certificate-waiting = Sertifikanız çevrimiçi olduğunuzda görünecek.
learning-preview-no-certificate = Önizlemede sertifika yoktur.
learning-not-passed = Henüz geçmediniz. Cevapların %{ $percent } kadarı doğru olmalı. Tekrar deneyebilirsiniz.
learning-try-again = Tekrar dene
learning-back-to-list = Öğrenmeme geri dön
learning-true = Doğru
learning-false = Yanlış
learning-pick-all = Her doğru cevabı işaretleyin, sonra Kontrol et'e basın.
learning-check = Kontrol et
learning-order-hint = Ok düğmeleriyle adımları doğru sıraya koyun, sonra Kontrol et'e basın.
learning-move-up = Yukarı taşı: { $item }
learning-move-down = Aşağı taşı: { $item }
learning-correct = Doğru!
learning-wrong = Tam değil.
learning-pending-answer = Bir dersteki cevap
learning-pending-seen = Bir dersteki ilerleme
learning-passport-title = Öğrenme pasaportum
learning-passport-lead = Sertifikalarınız ve gösterdiğiniz dijital beceriler. Başka bir merkeze taşındığınızda sizinle kalır.
learning-passport-none = Henüz sertifikanız yok.
learning-passport-no-competences = Henüz beceri yok. Bir beceri eklemek için bir dersi geçin.
learning-passport-certificates = Sertifikalar
learning-passport-competences = Gösterdiğim beceriler
learning-issued-on = Tarih
learning-code-label = Sertifika kodu
learning-verify-title = Sertifika doğrula
learning-verify-lead = Gerçek olup olmadığını görmek için bir sertifikanın kodunu yazın. Dersi, seviyeyi ve tarihi görürsünüz; kişi hakkında hiçbir şey görmezsiniz.
learning-verify-code-label = Sertifika kodu
learning-verify-submit = Kontrol et
learning-verify-mistyped = Bu kod doğru değil. Kodu kontrol edin: belki bir harf ya da rakam yanlış yazıldı.
learning-verify-not-found = Bu koda sahip bir sertifika yok.
learning-verify-valid = Bu sertifika gerçek.
## learning: DigComp 2.2
digcomp-area-1 = Bilgi ve veri okuryazarlığı
digcomp-area-2 = İletişim ve iş birliği
digcomp-area-3 = Dijital içerik oluşturma
digcomp-area-4 = Güvenlik
digcomp-area-5 = Problem çözme
digcomp-1-1 = Veri, bilgi ve dijital içeriğe göz atma, arama ve filtreleme
digcomp-1-2 = Veri, bilgi ve dijital içeriği değerlendirme
digcomp-1-3 = Veri, bilgi ve dijital içeriği yönetme
digcomp-2-1 = Dijital teknolojiler aracılığıyla etkileşim kurma
digcomp-2-2 = Dijital teknolojiler aracılığıyla paylaşma
digcomp-2-3 = Dijital teknolojiler aracılığıyla vatandaşlık katılımı
digcomp-2-4 = Dijital teknolojiler aracılığıyla iş birliği yapma
digcomp-2-5 = Netiket
digcomp-2-6 = Dijital kimliği yönetme
digcomp-3-1 = Dijital içerik geliştirme
digcomp-3-2 = Dijital içeriği birleştirme ve yeniden düzenleme
digcomp-3-3 = Telif hakkı ve lisanslar
digcomp-3-4 = Programlama
digcomp-4-1 = Cihazları koruma
digcomp-4-2 = Kişisel verileri ve gizliliği koruma
digcomp-4-3 = Sağlığı ve iyi oluşu koruma
digcomp-4-4 = Çevreyi koruma
digcomp-5-1 = Teknik sorunları çözme
digcomp-5-2 = İhtiyaçları ve teknolojik çözümleri belirleme
digcomp-5-3 = Dijital teknolojileri yaratıcı biçimde kullanma
digcomp-5-4 = Dijital yetkinlik eksikliklerini belirleme
digcomp-level = Seviye { $level }
digcomp-level-1 = Temel: yardımla
digcomp-level-2 = Temel: kendi başıma
digcomp-level-3 = Orta: basit işleri kendi başıma
digcomp-level-4 = Orta: sorunları çözme
