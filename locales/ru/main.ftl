# Wegwijs: русский.

## Language picker
language-title = Язык
language-intro = Выберите язык, на котором Wegwijs будет с вами говорить. Его можно изменить в любое время.
nav-language = Язык

## Account (the language remembered on the account; changes still waiting at sign-out)
pending-what-language = Выбор языка для вашей учётной записи
pending-state-held = Ждёт, пока человек, который его сделал, снова войдёт на этом устройстве
sign-out-unsent = { $count ->
    [one] { $count } ваше изменение ещё не отправлено.
    [few] { $count } ваших изменения ещё не отправлены.
   *[other] { $count } ваших изменений ещё не отправлено.
}
sign-out-unsent-kept = Если вы выйдете сейчас, они останутся на этом устройстве и будут отправлены, когда вы снова войдёте здесь.
sign-out-send-first = Отправить сейчас
sign-out-anyway = Всё равно выйти

## Page frame
skip-to-content = Перейти к содержанию
nav-main = Главное меню
nav-home = Главная
nav-trainers = Тренеры
nav-staff = Сотрудники
nav-admin = Администрирование
nav-sign-in = Войти
sign-out = Выйти
sign-out-failed = Вы всё ещё в системе.
footer-text = Wegwijs: найдите свой путь. Ваши данные остаются у вашей организации по приёму.
connection-online = В сети
connection-offline = Нет сети: вы можете дальше читать то, что было загружено раньше.

## Common
loading = Загрузка…
checking-session = Проверяем, кто вошёл…
go-home = На главную страницу
try-again = Попробовать ещё раз
hello = Здравствуйте,
my-sessions = Мои сеансы
field-name = Имя
field-resident-number = Номер жителя
field-location = Место
field-language = Язык

## Access guard
guard-sign-in-title = Пожалуйста, войдите
guard-sign-in-text = Чтобы открыть эту страницу, нужно войти.
guard-denied-title = Нет доступа
guard-denied-text = Ваша учётная запись не может открыть эту страницу. Если она нужна вам для работы, обратитесь к администратору.

## Not found
not-found-title = Такой страницы нет
not-found-text = Возможно, адрес устарел или набран с ошибкой.

## Home
home-welcome = Добро пожаловать в Wegwijs
home-lead = Информация о вашей процедуре и жизни в вашем центре, ваши личные дела и уроки цифровых навыков.
home-new-card = У меня новая карта
home-staff-link = Сотрудники и тренеры
loading-locations = Загрузка мест приёма…
loading-my-details = Загрузка ваших данных…
my-details = Мои данные
go-admin-area = В раздел администрирования
go-trainer-area = В раздел тренеров
go-staff-area = В раздел сотрудников
location-kind-col = Центральный приём
location-kind-pol = Приём на время процедуры
location-kind-azc = Центр для лиц, ищущих убежища

## Activation card
card-title = Карта активации
card-valid-until = Действительна до
card-instructions = Откройте Wegwijs на телефоне, выберите «У меня новая карта», введите этот код или отсканируйте QR-код. Затем выберите PIN-код из шести цифр.

## Errors
error-network = Не удалось связаться с Wegwijs. Проверьте подключение к интернету и попробуйте ещё раз.
error-unexpected = Wegwijs прислал ответ, который эта версия приложения не понимает. Перезагрузите страницу.
error-not-found = Не удалось найти то, что вы искали.
error-validation = Некоторые данные отсутствуют или неверны. Проверьте поля ниже.
error-unavailable = Wegwijs занят или обновляется. Попробуйте ещё раз через несколько минут.
error-generic = Что-то пошло не так. Попробуйте ещё раз. Если это повторяется, сообщите сотрудникам.
error-reference = Номер для сотрудников:
error-send-report = Отправить эту проблему в службу поддержки
error-report-sent = Отправлено. Ваш номер обращения: { $id }.
error-report-failed = Не удалось отправить: { $why }

## Field errors from the API, by code
error-too_common = Этот пароль есть в списке самых распространённых паролей. Выберите другой; хорошо подходит короткая фраза.
error-activation_code_expired = Срок действия этого кода истёк (карта действует 14 дней). Попросите у сотрудников новую карту.
error-activation_code_used = Этот код уже использован. Войдите по номеру жителя и PIN-коду или попросите у сотрудников новую карту.
error-activation_code_unknown = Этот код неизвестен. Проверьте буквы и цифры на карте.
error-activation_code_replaced = Эта карта заменена более новой. Используйте код с самой новой карты.

## Activation (a new card)
activate-lead = Введите код с карты и выберите PIN-код из шести цифр. Для входа вы будете использовать номер жителя и этот PIN-код.
activate-code = Код с карты
activate-code-hint = 12 букв и цифр, например ABCD-EFGH-JKMN.
activate-pin = Выберите PIN-код (6 цифр)
activate-pin-hint = Не все цифры одинаковые и не подряд, как 123456.
activate-pin-repeat = Введите PIN-код ещё раз
activate-submit = Активировать
activate-busy = Активация…
activate-already = Уже активировали?
show-pin = Показать PIN-код
field-pin = PIN-код
error-pins_differ = Два PIN-кода не совпадают. Введите одни и те же шесть цифр дважды.

## Resident sign-in
sign-in-number-hint = 10 цифр на вашем W-документе.
sign-in-busy = Вход…
sign-in-forgot = Забыли PIN-код? Попросите новую карту у сотрудников вашего места проживания.

## My sessions
sessions-lead = Это телефоны и компьютеры, на которых вы вошли. Выйдите на тех, которые вы не узнаёте.
loading-sessions = Загрузка ваших сеансов…
sessions-sign-out-everywhere = Выйти на всех устройствах
sessions-this-device = Это устройство
sessions-signed-in = Вход
sessions-last-used = Последнее использование
sessions-sign-out-here = Выйти на этом устройстве

## App updates and offline
app-name = Wegwijs: найдите свой путь
app-description = Информация, ваши личные дела и уроки цифровых навыков для жителей центров приёма.
update-ready = Новая версия Wegwijs готова.
update-reload = Перезагрузить
offline-page-title = Эта страница пока недоступна без интернета
offline-page-text = Wegwijs ещё не сохранил эту страницу на вашем устройстве. Откройте её один раз с интернетом; после этого она будет работать и без него. Она откроется сама, как только соединение вернётся.

## Offline changes (the write queue): header indicator and /pending
pending-waiting = { $count ->
    [one] { $count } изменение ждёт отправки
   *[other] Изменений ждут отправки: { $count }
}
pending-sending = Отправка { $done } из { $total }…
pending-rejected = { $count ->
    [one] { $count } изменение не принято
   *[other] Изменений не принято: { $count }
}
pending-title = Изменения на этом устройстве
pending-lead = Изменения, сделанные без подключения, хранятся на этом устройстве и отправляются по порядку, когда подключение восстановится. Ничего не удаляется без вашего решения.
pending-empty = Все изменения отправлены.
pending-send-now = Отправить сейчас
pending-made-at = Создано
pending-state = Статус
pending-state-waiting = Ждёт отправки
pending-state-sending = Отправляется…
pending-state-rejected = Не принято Wegwijs
pending-why = Почему не принято
pending-discard = Удалить это изменение
pending-what-client-error = Сообщение о проблеме для службы поддержки
error-report-queued = Сохранено на этом устройстве. Будет отправлено, когда появится подключение.

## Display settings (text size, contrast) and reading aloud
nav-display = Вид
display-title = Размер текста и контраст
display-intro = Сделайте текст крупнее или цвета ярче. Ваш выбор сохраняется на этом устройстве.
display-text-size = Размер текста
display-size-normal = Обычный
display-size-large = Крупный
display-size-larger = Ещё крупнее
display-sample = Аа
display-contrast = Контраст
display-contrast-normal = Обычные цвета
display-contrast-high = Высокий контраст
display-not-kept = Это устройство не может сохранить ваш выбор. Он действует, пока вы не закроете Wegwijs.
listen = Слушать
listen-page = Слушать эту страницу
listen-pause = Пауза
listen-resume = Продолжить
listen-stop = Остановить
listen-unavailable = Чтение вслух на этом языке на этом устройстве недоступно.
listen-failed = Чтение вслух остановилось из-за ошибки. Попробуйте ещё раз.

## centre
centre-title = Мой центр
centre-loading = Загрузка информации о вашем центре…
centre-emergency-title = Экстренная помощь
centre-emergency-text = Если жизнь в опасности, звоните { $number }: полиция, пожарные или скорая помощь. Звонок бесплатный, даже без денег на счёте.
centre-call = Позвонить { $number }
centre-address = Адрес
centre-postal-address = Почтовый адрес
centre-phone = Телефон
centre-email = Электронная почта
centre-place = Где
centre-services-title = Службы и часы работы
centre-no-services = Службы ещё не добавлены. Спросите на стойке регистрации.
centre-status-open-always = Сейчас открыто, круглосуточно
centre-status-open-until = Сейчас открыто, до { $time }
centre-status-open-until-day = Сейчас открыто, до { $day } { $time }
centre-status-closed-opens = Закрыто, откроется в { $time }
centre-status-closed-opens-tomorrow = Закрыто, откроется завтра в { $time }
centre-status-closed-opens-day = Закрыто, откроется { $day } в { $time }
centre-status-closed-unknown = Закрыто, в ближайшие две недели нет часов работы
centre-status-closed-reason = Сегодня закрыто ({ $reason })
centre-next-tomorrow = Откроется завтра в { $time }
centre-next-day = Откроется { $day } в { $time }
centre-today-hours = Сегодня: { $hours }
centre-special-today = Особые часы сегодня: { $reason }
centre-closed = Закрыто
centre-week-hours = Часы работы на всю неделю
centre-week-caption = Часы работы: { $service }
centre-day = День
centre-hours = Часы
centre-exceptions-title = Особые дни
centre-kind-reception_desk = Стойка регистрации
centre-kind-medical_practice = Медицинский центр (GZA)
centre-kind-mail = Почта
centre-kind-allowance = Пособие и выплаты
centre-kind-shop = Магазин и еда
centre-kind-laundry = Прачечная
centre-kind-counselling = Консультации (VluchtelingenWerk)
centre-kind-transport = Транспорт
centre-kind-other = Другое
## activities
activities-title = Мероприятия
activities-lead = Что происходит в вашем центре в ближайшие две недели. Запишитесь, чтобы организаторы знали, что вы придёте.
activities-loading = Загрузка мероприятий…
activities-none = На ближайшие две недели мероприятий не запланировано.
activities-today = Сегодня, { $date }
activities-time = Время
activities-place = Место
activities-language = Язык
activities-places = Места
activities-no-language-needed = Разговорный язык не нужен
activities-cancelled = Это мероприятие отменено.
activities-full = Мест нет. Лист ожидания: { $waiting }
activities-places-left = Свободных мест: { $count }
activities-queued-signup = Ваша запись сохранена на этом телефоне. Она будет отправлена, когда вы будете онлайн.
activities-queued-cancel = Ваша отмена сохранена на этом телефоне. Она будет отправлена, когда вы будете онлайн.
activities-you-have-a-place = У вас есть место.
activities-you-are-waiting = Вы в листе ожидания (номер { $position }).
activities-started = Это мероприятие уже началось.
activities-cancel = Отменить мою запись
activities-sign-up = Записаться
activities-join-waiting-list = Встать в лист ожидания
activities-pending-signup = Запись на мероприятие
activities-pending-cancel = Отмена записи на мероприятие
error-activities_started = Это мероприятие уже началось, поэтому записаться или отменить запись больше нельзя.
error-activities_cancelled = Это мероприятие отменено.
error-activities_no_occurrence = В эту дату мероприятие не проводится.
## Resident information (My procedure, library, news, vacancies, search, favourites)
info-procedure-title = Моя процедура
info-procedure-now = Где вы сейчас:
info-procedure-unknown = Сотрудники ещё не отметили, на каком этапе процедуры предоставления убежища вы находитесь. Спросите на стойке регистрации.
info-procedure-next = Что может произойти дальше
info-procedure-no-next = Это конец процедуры предоставления убежища.
info-procedure-read = Подробнее об этом этапе
info-stage-application = Заявление об убежище
info-stage-application-about = Вы просите убежища в IND. Полиция проверяет вашу личность и записывает ваши данные.
info-stage-central_reception = Центральный приём
info-stage-central_reception-about = Вы несколько дней находитесь в центральном пункте приёма: регистрационное собеседование, проверка на туберкулёз и первая беседа с медсестрой.
info-stage-rest_and_preparation = Время отдыха и подготовки
info-stage-rest_and_preparation-about = Примерно неделя, чтобы отдохнуть и подготовиться. Вы встречаетесь со своим адвокатом и получаете информацию от Нидерландского совета по делам беженцев.
info-stage-general_procedure = Общая процедура предоставления убежища
info-stage-general_procedure-about = IND спрашивает, кто вы и почему вы бежали. Ваш адвокат помогает вам. Затем IND принимает решение.
info-stage-extended_procedure = Продлённая процедура предоставления убежища
info-stage-extended_procedure-about = IND нужно больше времени для решения. Это может занять месяцы. Вы ждёте в центре приёма.
info-stage-permit_granted = Вид на жительство получен
info-stage-permit_granted-about = Вы можете остаться в Нидерландах. Вы получите жильё в муниципалитете и начнёте учить нидерландский язык.
info-stage-appeal = Обжалование
info-stage-appeal-about = IND отказала. Ваш адвокат может попросить суд ещё раз рассмотреть решение.
info-stage-departure = Выезд
info-stage-departure-about = Окончательный ответ — нет. Вы должны покинуть Нидерланды. Служба возвращения и выезда (DT&V) поговорит с вами об этом.
info-tiles-title = Информация и жизнь в центре
info-tile-library = Информация
info-tile-news = Новости
info-tile-centre = Мой центр
info-tile-activities = Мероприятия
info-tile-vacancies = Работа и волонтёрство
info-tile-search = Поиск
info-tile-favourites = Избранное
info-news-unread = { $count ->
    [one] { $count } непрочитанная новость
    [few] { $count } непрочитанные новости
    [many] { $count } непрочитанных новостей
   *[other] { $count } непрочитанной новости
}
info-updated = Информация обновлена: { $time }
info-offline-saved = Вы не в сети. Это информация, сохранённая { $time }.
info-loading = Загрузка информации…
info-pending-favourite = Избранное сохранено или удалено
info-pending-news-seen = Новости отмечены как прочитанные
info-library-lead = Ответы на частые вопросы, проверенные сотрудниками. Выберите тему.
info-category-asylum-procedure = Процедура предоставления убежища
info-category-rights-obligations = Права и обязанности
info-category-health-care = Медицинская помощь
info-category-safety = Безопасность
info-category-daily-life = Повседневная жизнь
info-category-learning-work = Учёба и работа
info-library-empty = По этой теме пока ничего нет.
info-back-library = Назад к информации
info-not-found-title = Не найдено
info-not-found = Эта информация не найдена. Возможно, её удалили или её ещё нет на этом телефоне.
info-fallback = Этот текст пока недоступен на вашем языке. Он показан на языке: { $language }.
info-outdated = Исходный текст изменился после того, как был сделан этот перевод. Спросите сотрудников, если что-то непонятно.
info-published = Опубликовано { $date }
info-favourite-add = Сохранить в избранное
info-favourite-remove = Удалить из избранного
info-favourite-gone = Этот элемент избранного больше недоступен.
info-news-lead = Новости вашего центра и организации, сначала самые новые.
info-news-empty = Сейчас новостей нет.
info-news-new = Новое
info-vacancies-lead = Оплачиваемая работа и волонтёрство. Прочитайте условия; сотрудники могут рассказать больше.
info-vacancies-empty = Сейчас вакансий нет.
info-vacancy-paid = Оплачиваемая работа
info-vacancy-volunteer = Волонтёрская работа
info-vacancy-contact = Контакт
info-vacancy-link = Веб-сайт
info-search-label = Что вы ищете?
info-search-hint = Ищет во всей информации, новостях и вакансиях. Работает и без интернета.
info-search-none = Ничего не найдено. Попробуйте меньше слов или другие слова.
info-search-results = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
info-kind-article = Информация
info-kind-news = Новость
info-kind-vacancy = Вакансия
info-favourites-lead = То, что вы сохранили звёздочкой.
info-favourites-empty = У вас пока нет избранного. Нажмите «Сохранить в избранное» в информации, новости или вакансии, чтобы сохранить её здесь.

## search
search-hint = Ищет во всей информации, новостях, вакансиях, мероприятиях и службах вашего центра. Работает и без интернета.
search-kind-activity = Мероприятие
search-kind-service = Служба центра

## learning resident
learning-tile = Обучение
learning-title = Моё обучение
learning-lead = Короткие уроки о безопасном пользовании телефоном и интернетом. Учитесь в своём темпе, даже без интернета.
learning-loading = Загружаем ваши уроки…
learning-none = Для вас пока нет уроков.
learning-assigned = От вашего тренера
learning-optional = Другие уроки на ваш выбор
learning-passport-link = Мой паспорт обучения
learning-state-label = Статус
learning-state-not-started = Не начато
learning-state-in-progress = Начато
learning-state-completed = Сдано
learning-level-label = Уровень
learning-minutes-label = Время
learning-minutes = Около { $minutes } мин.
learning-competences-label = Навыки
learning-questions-progress = Вопросы: { $done } из { $total }
learning-due = Завершите до { $date }
learning-overdue = Просрочено: срок был { $date }
learning-start = Начать
learning-continue = Продолжить
learning-open-certificate = Открыть сертификат
learning-preview-banner = Предпросмотр — ответы не сохраняются.
learning-queued = Будет отправлено, когда вы будете онлайн.
learning-step-of = Шаг { $step } из { $total }
learning-nav = Шаги
learning-back = Назад
learning-next = Далее
learning-audio = Послушайте запись:
learning-try-it = Попробуйте на своём телефоне
learning-end-title = Ваш результат
learning-end-no-questions = В этом уроке нет вопросов.
learning-score = Вы правильно ответили на { $correct } из { $total } вопросов.
learning-passed = Отлично, вы сдали!
learning-certificate-code = Код вашего сертификата:
learning-verify-link = Проверить этот сертификат
learning-certificate-waiting = Ваш сертификат появится, когда вы будете онлайн.
learning-preview-no-certificate = В предпросмотре сертификата нет.
learning-not-passed = Пока не сдано. Нужно { $percent } % правильных ответов. Вы можете попробовать ещё раз.
learning-try-again = Попробовать ещё раз
learning-back-to-list = Назад к моему обучению
learning-true = Верно
learning-false = Неверно
learning-pick-all = Отметьте каждый правильный ответ, затем нажмите «Проверить».
learning-check = Проверить
learning-order-hint = Расставьте шаги в правильном порядке кнопками со стрелками, затем нажмите «Проверить».
learning-move-up = Выше: { $item }
learning-move-down = Ниже: { $item }
learning-correct = Правильно!
learning-wrong = Не совсем.
learning-pending-answer = Ответ в уроке
learning-pending-seen = Прогресс в уроке
learning-passport-title = Мой паспорт обучения
learning-passport-lead = Ваши сертификаты и цифровые навыки, которые вы показали. Он остаётся с вами при переезде в другой центр.
learning-passport-none = У вас пока нет сертификатов.
learning-passport-no-competences = Навыков пока нет. Сдайте урок, чтобы добавить навык.
learning-passport-certificates = Сертификаты
learning-passport-competences = Навыки, которые я показал(а)
learning-issued-on = Дата
learning-code-label = Код сертификата
learning-verify-title = Проверить сертификат
learning-verify-lead = Введите код сертификата, чтобы проверить, настоящий ли он. Вы увидите урок, уровень и дату, но ничего о человеке.
learning-verify-code-label = Код сертификата
learning-verify-submit = Проверить
learning-verify-mistyped = Этот код неверный. Проверьте код: возможно, буква или цифра введена с ошибкой.
learning-verify-not-found = Сертификата с таким кодом нет.
learning-verify-valid = Этот сертификат настоящий.
## learning: DigComp 2.2
digcomp-area-1 = Информационная грамотность и работа с данными
digcomp-area-2 = Коммуникация и сотрудничество
digcomp-area-3 = Создание цифрового контента
digcomp-area-4 = Безопасность
digcomp-area-5 = Решение проблем
digcomp-1-1 = Просмотр, поиск и фильтрация данных, информации и цифрового контента
digcomp-1-2 = Оценка данных, информации и цифрового контента
digcomp-1-3 = Управление данными, информацией и цифровым контентом
digcomp-2-1 = Взаимодействие с помощью цифровых технологий
digcomp-2-2 = Обмен с помощью цифровых технологий
digcomp-2-3 = Гражданское участие с помощью цифровых технологий
digcomp-2-4 = Сотрудничество с помощью цифровых технологий
digcomp-2-5 = Сетевой этикет
digcomp-2-6 = Управление цифровой идентичностью
digcomp-3-1 = Разработка цифрового контента
digcomp-3-2 = Интеграция и переработка цифрового контента
digcomp-3-3 = Авторское право и лицензии
digcomp-3-4 = Программирование
digcomp-4-1 = Защита устройств
digcomp-4-2 = Защита персональных данных и конфиденциальности
digcomp-4-3 = Защита здоровья и благополучия
digcomp-4-4 = Защита окружающей среды
digcomp-5-1 = Решение технических проблем
digcomp-5-2 = Определение потребностей и технологических решений
digcomp-5-3 = Творческое использование цифровых технологий
digcomp-5-4 = Выявление пробелов в цифровых навыках
digcomp-level = Уровень { $level }
digcomp-level-1 = Базовый: с помощью
digcomp-level-2 = Базовый: самостоятельно
digcomp-level-3 = Средний: простые задачи самостоятельно
digcomp-level-4 = Средний: решаю проблемы
