# Wegwijs: українська.

## Language picker
language-title = Мова
language-intro = Виберіть мову, якою Wegwijs говоритиме з вами. Її можна змінити будь-коли.
nav-language = Мова

## Account (the language remembered on the account; changes still waiting at sign-out)
pending-what-language = Вибір мови для вашого облікового запису
pending-state-held = Чекає, поки людина, яка її зробила, знову увійде на цьому пристрої
sign-out-unsent = { $count ->
    [one] { $count } ваша зміна ще не надіслана.
    [few] { $count } ваші зміни ще не надіслані.
   *[other] { $count } ваших змін ще не надіслано.
}
sign-out-unsent-kept = Якщо ви вийдете зараз, вони залишаться на цьому пристрої й будуть надіслані, коли ви знову увійдете тут.
sign-out-send-first = Надіслати зараз
sign-out-anyway = Все одно вийти

## Page frame
skip-to-content = Перейти до змісту
nav-main = Головне меню
nav-home = Головна
nav-trainers = Тренери
nav-staff = Працівники
nav-admin = Адміністрування
nav-sign-in = Увійти
sign-out = Вийти
sign-out-failed = Ви все ще в системі.
footer-text = Wegwijs: знайдіть свій шлях. Ваші дані залишаються у вашої організації з прийому.
connection-online = Онлайн
connection-offline = Офлайн: ви можете далі читати те, що було завантажено раніше.

## Common
loading = Завантаження…
checking-session = Перевіряємо, хто увійшов…
go-home = На головну сторінку
try-again = Спробувати ще раз
hello = Вітаємо,
my-sessions = Мої сеанси
field-name = Ім'я
field-resident-number = Номер мешканця
field-location = Місце
field-language = Мова

## Access guard
guard-sign-in-title = Будь ласка, увійдіть
guard-sign-in-text = Щоб відкрити цю сторінку, потрібно увійти.
guard-denied-title = Доступ заборонено
guard-denied-text = Ваш обліковий запис не може відкрити цю сторінку. Якщо вона потрібна вам для роботи, зверніться до адміністратора.

## Not found
not-found-title = Такої сторінки не існує
not-found-text = Можливо, адреса застаріла або введена з помилкою.

## Home
home-welcome = Ласкаво просимо до Wegwijs
home-lead = Інформація про вашу процедуру та життя у вашому центрі, ваші власні справи й уроки цифрових навичок.
home-new-card = У мене нова картка
home-staff-link = Працівники й тренери
loading-locations = Завантаження місць прийому…
loading-my-details = Завантаження ваших даних…
my-details = Мої дані
go-admin-area = До розділу адміністрування
go-trainer-area = До розділу тренерів
go-staff-area = До розділу працівників
location-kind-col = Центральний прийом
location-kind-pol = Прийом на час процедури
location-kind-azc = Центр для шукачів притулку

## Activation card
card-title = Картка активації
card-valid-until = Дійсна до
card-instructions = Відкрийте Wegwijs на телефоні, виберіть «У мене нова картка», введіть цей код або відскануйте QR-код. Потім виберіть PIN-код із шести цифр.

## Errors
error-network = Не вдалося з'єднатися з Wegwijs. Перевірте підключення до інтернету й спробуйте ще раз.
error-unexpected = Wegwijs надіслав відповідь, яку ця версія застосунку не розуміє. Перезавантажте сторінку.
error-not-found = Не вдалося знайти те, що ви шукали.
error-validation = Деякої інформації бракує або вона неправильна. Перевірте поля нижче.
error-unavailable = Wegwijs зайнятий або оновлюється. Спробуйте ще раз за кілька хвилин.
error-generic = Щось пішло не так. Спробуйте ще раз. Якщо це повториться, скажіть працівникам.
error-reference = Номер для працівників:
error-send-report = Надіслати цю проблему службі підтримки
error-report-sent = Надіслано. Ваш номер звернення: { $id }.
error-report-failed = Не вдалося надіслати: { $why }

## Field errors from the API, by code
error-too_common = Цей пароль є в списку найпоширеніших паролів. Виберіть інший; добре підходить коротке речення.
error-activation_code_expired = Термін дії цього коду минув (картка діє 14 днів). Попросіть у працівників нову картку.
error-activation_code_used = Цей код уже використано. Увійдіть за номером мешканця та PIN-кодом або попросіть у працівників нову картку.
error-activation_code_unknown = Цей код невідомий. Перевірте літери й цифри на картці.
error-activation_code_replaced = Цю картку замінено новішою. Використайте код із найновішої картки.

## Activation (a new card)
activate-lead = Введіть код із картки й виберіть PIN-код із шести цифр. Для входу ви використовуватимете номер мешканця і цей PIN-код.
activate-code = Код із картки
activate-code-hint = 12 літер і цифр, наприклад ABCD-EFGH-JKMN.
activate-pin = Виберіть PIN-код (6 цифр)
activate-pin-hint = Не всі цифри однакові й не підряд, як 123456.
activate-pin-repeat = Введіть PIN-код ще раз
activate-submit = Активувати
activate-busy = Активація…
activate-already = Уже активовано?
show-pin = Показати PIN-код
field-pin = PIN-код
error-pins_differ = Два PIN-коди не збігаються. Введіть ті самі шість цифр двічі.

## Resident sign-in
sign-in-number-hint = 10 цифр на вашому W-документі.
sign-in-busy = Вхід…
sign-in-forgot = Забули PIN-код? Попросіть нову картку в працівників вашого місця проживання.

## My sessions
sessions-lead = Це телефони й комп'ютери, на яких ви увійшли. Вийдіть на тих, яких ви не впізнаєте.
loading-sessions = Завантаження ваших сеансів…
sessions-sign-out-everywhere = Вийти на всіх пристроях
sessions-this-device = Цей пристрій
sessions-signed-in = Вхід
sessions-last-used = Останнє використання
sessions-sign-out-here = Вийти на цьому пристрої

## App updates and offline
app-name = Wegwijs: знайдіть свій шлях
app-description = Інформація, ваші власні справи та уроки цифрових навичок для мешканців центрів прийому.
update-ready = Нова версія Wegwijs готова.
update-reload = Перезавантажити
offline-page-title = Ця сторінка ще недоступна без інтернету
offline-page-text = Wegwijs ще не зберіг цю сторінку на вашому пристрої. Відкрийте її один раз з інтернетом; після цього вона працюватиме й без нього. Вона відкриється сама, щойно з'єднання повернеться.

## Offline changes (the write queue): header indicator and /pending
pending-waiting = { $count ->
    [one] { $count } зміна чекає
   *[other] Змін чекає: { $count }
}
pending-sending = Надсилання { $done } з { $total }…
pending-rejected = { $count ->
    [one] { $count } зміну не прийнято
   *[other] Змін не прийнято: { $count }
}
pending-title = Зміни на цьому пристрої
pending-lead = Зміни, зроблені без з’єднання, зберігаються на цьому пристрої й надсилаються по черзі, коли з’єднання повернеться. Нічого не видаляється без вашого рішення.
pending-empty = Усі зміни надіслано.
pending-send-now = Надіслати зараз
pending-made-at = Створено
pending-state = Стан
pending-state-waiting = Чекає на надсилання
pending-state-sending = Надсилається…
pending-state-rejected = Не прийнято Wegwijs
pending-why = Чому не прийнято
pending-discard = Видалити цю зміну
pending-what-client-error = Повідомлення про проблему для служби підтримки
error-report-queued = Збережено на цьому пристрої. Буде надіслано, коли з’єднання повернеться.

## Display settings (text size, contrast) and reading aloud
nav-display = Вигляд
display-title = Розмір тексту й контраст
display-intro = Зробіть текст більшим або кольори яскравішими. Ваш вибір зберігається на цьому пристрої.
display-text-size = Розмір тексту
display-size-normal = Звичайний
display-size-large = Великий
display-size-larger = Ще більший
display-sample = Аа
display-contrast = Контраст
display-contrast-normal = Звичайні кольори
display-contrast-high = Високий контраст
display-not-kept = Цей пристрій не може зберегти ваш вибір. Він діє, доки ви не закриєте Wegwijs.
listen = Слухати
listen-page = Слухати цю сторінку
listen-pause = Пауза
listen-resume = Продовжити
listen-stop = Зупинити
listen-unavailable = Читання вголос цією мовою на цьому пристрої недоступне.
listen-failed = Читання вголос зупинилося через помилку. Спробуйте ще раз.

## centre
centre-title = Мій центр
centre-loading = Завантаження інформації про ваш центр…
centre-emergency-title = Екстрена допомога
centre-emergency-text = Якщо життя в небезпеці, телефонуйте { $number }: поліція, пожежна служба або швидка допомога. Дзвінок безкоштовний, навіть без коштів на рахунку.
centre-call = Зателефонувати { $number }
centre-address = Адреса
centre-postal-address = Поштова адреса
centre-phone = Телефон
centre-email = Електронна пошта
centre-place = Де
centre-services-title = Послуги та години роботи
centre-no-services = Послуги ще не додано. Запитайте на рецепції.
centre-status-open-always = Відчинено зараз, цілодобово
centre-status-open-until = Відчинено зараз, до { $time }
centre-status-open-until-day = Відчинено зараз, до { $day } { $time }
centre-status-closed-opens = Зачинено, відчиниться о { $time }
centre-status-closed-opens-tomorrow = Зачинено, відчиниться завтра о { $time }
centre-status-closed-opens-day = Зачинено, відчиниться { $day } о { $time }
centre-status-closed-unknown = Зачинено, у найближчі два тижні немає годин роботи
centre-status-closed-reason = Сьогодні зачинено ({ $reason })
centre-next-tomorrow = Відчиниться завтра о { $time }
centre-next-day = Відчиниться { $day } о { $time }
centre-today-hours = Сьогодні: { $hours }
centre-special-today = Особливі години сьогодні: { $reason }
centre-closed = Зачинено
centre-week-hours = Години роботи на весь тиждень
centre-week-caption = Години роботи: { $service }
centre-day = День
centre-hours = Години
centre-exceptions-title = Особливі дні
centre-kind-reception_desk = Рецепція
centre-kind-medical_practice = Медичний центр (GZA)
centre-kind-mail = Пошта
centre-kind-allowance = Допомога та виплати
centre-kind-shop = Магазин і їжа
centre-kind-laundry = Пральня
centre-kind-counselling = Консультації (VluchtelingenWerk)
centre-kind-transport = Транспорт
centre-kind-other = Інше
## activities
activities-title = Заходи
activities-lead = Що відбувається у вашому центрі протягом найближчих двох тижнів. Запишіться, щоб організатори знали, що ви прийдете.
activities-loading = Завантаження заходів…
activities-none = На найближчі два тижні заходів не заплановано.
activities-today = Сьогодні, { $date }
activities-time = Час
activities-place = Місце
activities-language = Мова
activities-places = Місця
activities-no-language-needed = Розмовна мова не потрібна
activities-cancelled = Цей захід скасовано.
activities-full = Місць немає. Список очікування: { $waiting }
activities-places-left = Вільних місць: { $count }
activities-queued-signup = Ваш запис збережено на цьому телефоні. Його буде надіслано, коли ви будете онлайн.
activities-queued-cancel = Ваше скасування збережено на цьому телефоні. Його буде надіслано, коли ви будете онлайн.
activities-you-have-a-place = У вас є місце.
activities-you-are-waiting = Ви в списку очікування (номер { $position }).
activities-started = Цей захід уже почався.
activities-cancel = Скасувати мій запис
activities-sign-up = Записатися
activities-join-waiting-list = Стати в список очікування
activities-pending-signup = Запис на захід
activities-pending-cancel = Скасування запису на захід
error-activities_started = Цей захід уже почався, тому записатися чи скасувати запис більше не можна.
error-activities_cancelled = Цей захід скасовано.
error-activities_no_occurrence = Цього дня захід не проводиться.
## Resident information (My procedure, library, news, vacancies, search, favourites)
info-procedure-title = Моя процедура
info-procedure-now = Де ви зараз:
info-procedure-unknown = Працівники ще не записали, на якому етапі процедури надання притулку ви перебуваєте. Запитайте на стійці реєстрації.
info-procedure-next = Що може статися далі
info-procedure-no-next = Це кінець процедури надання притулку.
info-procedure-read = Детальніше про цей етап
info-stage-application = Заява про притулок
info-stage-application-about = Ви просите притулку в IND. Поліція перевіряє вашу особу й записує ваші дані.
info-stage-central_reception = Центральний прийом
info-stage-central_reception-about = Ви кілька днів перебуваєте в центральному пункті прийому: реєстраційна співбесіда, перевірка на туберкульоз і перша розмова з медсестрою.
info-stage-rest_and_preparation = Час відпочинку й підготовки
info-stage-rest_and_preparation-about = Приблизно тиждень, щоб відпочити й підготуватися. Ви зустрічаєтеся зі своїм адвокатом і отримуєте інформацію від Нідерландської ради у справах біженців.
info-stage-general_procedure = Загальна процедура надання притулку
info-stage-general_procedure-about = IND запитує, хто ви і чому ви втекли. Ваш адвокат вам допомагає. Потім IND ухвалює рішення.
info-stage-extended_procedure = Продовжена процедура надання притулку
info-stage-extended_procedure-about = IND потрібно більше часу для рішення. Це може тривати місяці. Ви чекаєте в центрі прийому.
info-stage-permit_granted = Дозвіл на проживання надано
info-stage-permit_granted-about = Ви можете залишитися в Нідерландах. Ви отримаєте житло в муніципалітеті й почнете вивчати нідерландську мову.
info-stage-appeal = Оскарження
info-stage-appeal-about = IND відмовила. Ваш адвокат може попросити суд ще раз розглянути рішення.
info-stage-departure = Виїзд
info-stage-departure-about = Остаточна відповідь — ні. Ви повинні виїхати з Нідерландів. Служба повернення та виїзду (DT&V) поговорить із вами про це.
info-tiles-title = Інформація та життя в центрі
info-tile-library = Інформація
info-tile-news = Новини
info-tile-centre = Мій центр
info-tile-activities = Заходи
info-tile-vacancies = Робота й волонтерство
info-tile-search = Пошук
info-tile-favourites = Обране
info-news-unread = { $count ->
    [one] { $count } непрочитана новина
    [few] { $count } непрочитані новини
    [many] { $count } непрочитаних новин
   *[other] { $count } непрочитаної новини
}
info-updated = Інформацію оновлено: { $time }
info-offline-saved = Ви офлайн. Це інформація, збережена { $time }.
info-loading = Завантаження інформації…
info-pending-favourite = Обране збережено або вилучено
info-pending-news-seen = Новини позначено як прочитані
info-library-lead = Відповіді на поширені запитання, перевірені працівниками. Виберіть тему.
info-category-asylum-procedure = Процедура надання притулку
info-category-rights-obligations = Права та обов’язки
info-category-health-care = Медична допомога
info-category-safety = Безпека
info-category-daily-life = Повсякденне життя
info-category-learning-work = Навчання й робота
info-library-empty = На цю тему ще нічого немає.
info-back-library = Назад до інформації
info-not-found-title = Не знайдено
info-not-found = Цю інформацію не знайдено. Можливо, її вилучено або її ще немає на цьому телефоні.
info-fallback = Цей текст ще недоступний вашою мовою. Його показано мовою: { $language }.
info-outdated = Оригінальний текст змінився після того, як зробили цей переклад. Запитайте працівників, якщо щось незрозуміло.
info-published = Опубліковано { $date }
info-favourite-add = Зберегти в обране
info-favourite-remove = Вилучити з обраного
info-favourite-gone = Цей елемент обраного більше недоступний.
info-news-lead = Новини вашого центру й організації, спершу найновіші.
info-news-empty = Наразі новин немає.
info-news-new = Нове
info-vacancies-lead = Оплачувана робота й волонтерство. Прочитайте умови; працівники можуть розповісти більше.
info-vacancies-empty = Наразі вакансій немає.
info-vacancy-paid = Оплачувана робота
info-vacancy-volunteer = Волонтерська робота
info-vacancy-contact = Контакт
info-vacancy-link = Вебсайт
info-search-label = Що ви шукаєте?
info-search-hint = Шукає в усій інформації, новинах і вакансіях. Працює також без інтернету.
info-search-none = Нічого не знайдено. Спробуйте менше слів або інші слова.
info-search-results = { $count ->
    [one] { $count } результат
    [few] { $count } результати
    [many] { $count } результатів
   *[other] { $count } результату
}
info-kind-article = Інформація
info-kind-news = Новина
info-kind-vacancy = Вакансія
info-favourites-lead = Те, що ви зберегли зірочкою.
info-favourites-empty = У вас ще немає обраного. Натисніть «Зберегти в обране» в інформації, новині чи вакансії, щоб зберегти її тут.

## search
search-hint = Шукає в усій інформації, новинах, вакансіях, заходах і службах вашого центру. Працює також без інтернету.
search-kind-activity = Захід
search-kind-service = Служба центру

## learning resident
learning-tile = Навчання
learning-title = Моє навчання
learning-lead = Короткі уроки про безпечне користування телефоном та інтернетом. Навчайтеся у власному темпі, навіть без інтернету.
learning-loading = Завантажуємо ваші уроки…
learning-none = Для вас поки що немає уроків.
learning-assigned = Від вашого тренера
learning-optional = Інші уроки на ваш вибір
learning-passport-link = Мій паспорт навчання
learning-state-label = Стан
learning-state-not-started = Не розпочато
learning-state-in-progress = Розпочато
learning-state-completed = Складено
learning-level-label = Рівень
learning-minutes-label = Час
learning-minutes = Близько { $minutes } хв.
learning-competences-label = Навички
learning-questions-progress = Запитання: { $done } з { $total }
learning-due = Завершіть до { $date }
learning-overdue = Прострочено: термін був { $date }
learning-start = Почати
learning-continue = Продовжити
learning-open-certificate = Відкрити сертифікат
learning-preview-banner = Попередній перегляд — відповіді не зберігаються.
learning-queued = Буде надіслано, коли ви будете онлайн.
learning-step-of = Крок { $step } з { $total }
learning-nav = Кроки
learning-back = Назад
learning-next = Далі
learning-audio = Послухайте запис:
learning-try-it = Спробуйте на своєму телефоні
learning-end-title = Ваш результат
learning-end-no-questions = У цьому уроці немає запитань.
learning-score = Ви правильно відповіли на { $correct } з { $total } запитань.
learning-passed = Чудово, ви склали!
learning-certificate-code = Код вашого сертифіката:
learning-verify-link = Перевірити цей сертифікат
learning-certificate-waiting = Ваш сертифікат з'явиться, коли ви будете онлайн.
learning-preview-no-certificate = У попередньому перегляді сертифіката немає.
learning-not-passed = Ще не складено. Потрібно { $percent } % правильних відповідей. Ви можете спробувати ще раз.
learning-try-again = Спробувати ще раз
learning-back-to-list = Назад до мого навчання
learning-true = Правда
learning-false = Неправда
learning-pick-all = Позначте кожну правильну відповідь, потім натисніть «Перевірити».
learning-check = Перевірити
learning-order-hint = Розставте кроки в правильному порядку кнопками зі стрілками, потім натисніть «Перевірити».
learning-move-up = Вище: { $item }
learning-move-down = Нижче: { $item }
learning-correct = Правильно!
learning-wrong = Не зовсім.
learning-pending-answer = Відповідь в уроці
learning-pending-seen = Поступ в уроці
learning-passport-title = Мій паспорт навчання
learning-passport-lead = Ваші сертифікати та цифрові навички, які ви показали. Він залишається з вами, коли ви переїжджаєте до іншого центру.
learning-passport-none = У вас ще немає сертифікатів.
learning-passport-no-competences = Навичок ще немає. Складіть урок, щоб додати навичку.
learning-passport-certificates = Сертифікати
learning-passport-competences = Навички, які я показав(-ла)
learning-issued-on = Дата
learning-code-label = Код сертифіката
learning-verify-title = Перевірити сертифікат
learning-verify-lead = Введіть код сертифіката, щоб перевірити, чи він справжній. Ви побачите урок, рівень і дату, але нічого про людину.
learning-verify-code-label = Код сертифіката
learning-verify-submit = Перевірити
learning-verify-mistyped = Цей код неправильний. Перевірте код: можливо, літеру чи цифру введено з помилкою.
learning-verify-not-found = Сертифіката з таким кодом немає.
learning-verify-valid = Цей сертифікат справжній.
## learning: DigComp 2.2
digcomp-area-1 = Інформаційна грамотність і робота з даними
digcomp-area-2 = Комунікація та співпраця
digcomp-area-3 = Створення цифрового контенту
digcomp-area-4 = Безпека
digcomp-area-5 = Розв’язання проблем
digcomp-1-1 = Перегляд, пошук і фільтрування даних, інформації та цифрового контенту
digcomp-1-2 = Оцінювання даних, інформації та цифрового контенту
digcomp-1-3 = Управління даними, інформацією та цифровим контентом
digcomp-2-1 = Взаємодія за допомогою цифрових технологій
digcomp-2-2 = Поширення за допомогою цифрових технологій
digcomp-2-3 = Громадянська участь за допомогою цифрових технологій
digcomp-2-4 = Співпраця за допомогою цифрових технологій
digcomp-2-5 = Мережевий етикет
digcomp-2-6 = Управління цифровою ідентичністю
digcomp-3-1 = Розроблення цифрового контенту
digcomp-3-2 = Інтеграція та перероблення цифрового контенту
digcomp-3-3 = Авторське право та ліцензії
digcomp-3-4 = Програмування
digcomp-4-1 = Захист пристроїв
digcomp-4-2 = Захист персональних даних і приватності
digcomp-4-3 = Захист здоров’я та добробуту
digcomp-4-4 = Захист довкілля
digcomp-5-1 = Розв’язання технічних проблем
digcomp-5-2 = Визначення потреб і технологічних рішень
digcomp-5-3 = Творче використання цифрових технологій
digcomp-5-4 = Виявлення прогалин у цифрових навичках
digcomp-level = Рівень { $level }
digcomp-level-1 = Базовий: з допомогою
digcomp-level-2 = Базовий: самостійно
digcomp-level-3 = Середній: прості завдання самостійно
digcomp-level-4 = Середній: розв’язую проблеми
