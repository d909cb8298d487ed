# Wegwijs, тексти для працівників: українська.

## Common
cancel = Скасувати
save = Зберегти
saving = Збереження…
edit = Змінити
confirm = Підтвердити
continue = Продовжити
checking = Перевірка…
field-status = Статус
field-type = Тип
field-municipality = Громада
field-places = Місця
field-change = Зміна
field-role = Роль
field-email = Адреса електронної пошти
field-password = Пароль
show-password = Показати пароль
date-from = З
date-until = До
choose-location = Виберіть локацію
staff-loading-locations = Завантаження локацій…
role-resident = Мешканець
role-trainer = Тренер
role-staff = Працівник
role-admin = Адміністратор
status-card-pending = Картку видано, ще не активовано
status-active = Активний
status-disabled = Вимкнено

## Staff overview
staff-overview-title = Огляд для працівників
staff-register-new = Зареєструвати нового мешканця
capacity-caption = Локації прийому { $agency }
capacity-total = Разом
system-status = Стан системи
checking-system = Перевірка системи…
health-ok = Працює нормально
health-degraded = Обмежена робота: база даних не готова
health-schema = Схема бази даних
health-none = немає
health-api-version = Версія API

## Residents
residents-title = Мешканці
residents-all-locations = Усі мої локації
loading-residents = Завантаження мешканців…
residents-empty = Тут ще не зареєстровано жодного мешканця.
residents-caption = Мешканці ({ $count })

## New resident
new-resident-title = Новий мешканець
new-resident-registered = Зареєстровано. Передайте цю картку мешканцеві.
new-resident-open = Відкрити цього мешканця
new-resident-another = Зареєструвати ще одного мешканця
field-preferred-name = Бажане ім’я
field-preferred-name-hint = Ім’я, яким мешканець хоче, щоб до нього зверталися.
field-v-number = Номер мешканця (V-номер)
field-v-number-hint = 10 цифр.
choose-language = Виберіть мову
field-birth-optional = Дата народження (необов’язково)
field-birth-hint = Лише якщо мешканець хоче отримувати інформацію для свого віку.
new-resident-submit = Зареєструвати й створити картку
new-resident-busy = Реєстрація…

## One resident
all-residents = Усі мешканці
loading-resident = Завантаження даних мешканця…
moves-now = дотепер
field-date-of-birth = Дата народження
not-recorded = Не зазначено
moves-caption = Де жив цей мешканець
card-issue = Видати нову картку активації
card-confirm-text = Старий код перестане діяти, а мешканця буде виведено з облікового запису на всіх пристроях. З новою карткою він вибере новий PIN-код. Продовжити?
card-confirm = Так, видати нову картку
move-title = Переселити до іншої локації
move-done = Переселено.
move-new-location = Нова локація
move-submit = Переселити
move-busy = Переселення…

## Activation card
card-code-label = Код активації
card-qr-label = QR-код, що відкриває Wegwijs із уже введеним кодом
card-print = Надрукувати картку

## Trainer area
trainer-title = Розділ для тренерів
trainer-lead = Модулі з цифрових навичок прив’язано до європейської рамки DigComp 2.2. Ось її п’ять сфер компетентностей.

## Staff sign-in
staff-sign-in-title = Вхід для працівників і тренерів
field-totp-code = Код із вашого застосунку автентифікації
field-totp-code-hint = 6 цифр або один із ваших кодів відновлення.
staff-resident-question = Ви мешканець?
staff-resident-link = Увійти за номером мешканця

## Accepting an invitation
invite-title = Запрошення
invite-incomplete = Це посилання неповне. Відкрийте повне посилання із запрошення або попросіть адміністратора надіслати нове.
invite-setup-title = Налаштування облікового запису
invite-step-password = Крок 1 з 3: виберіть пароль
field-password-hint = Щонайменше 8 символів; добре підходить речення.
field-password-repeat = Введіть пароль ще раз
error-passwords_differ = Два паролі не збігаються.
invite-step-app = Крок 2 з 3: підключіть застосунок автентифікації
invite-scan = Відскануйте цей QR-код застосунком автентифікації на телефоні (наприклад, тим, яким користується ваша організація). Обліковий запис:
invite-qr-label = QR-код для вашого застосунку автентифікації
invite-cannot-scan = Не вдається відсканувати? Введіть у застосунок цей ключ:
field-app-code = 6-значний код, який показує застосунок
invite-step-codes = Крок 3 з 3: збережіть коди відновлення
invite-codes-text = Якщо ви втратите телефон, кожен із цих кодів дає змогу один раз увійти замість коду із застосунку. Надрукуйте або запишіть їх і зберігайте в надійному місці. Їх показано лише зараз.
invite-codes-stored = Я їх зберіг(ла)

## Admin: accounts
admin-accounts = Облікові записи
admin-locations = Локації
admin-audit = Журнал аудиту
loading-accounts = Завантаження облікових записів…
accounts-caption = Працівники, тренери та адміністратори
field-email-short = Ел. пошта
account-status-pending = Запрошено, ще не налаштовано
account-edit-title = Змінити: { $name }
account-disabled = Вимкнено (виводить цю особу з усіх пристроїв і не дає їй входити)
invite-someone = Запросити когось
invite-locations = Локації (працівникам і тренерам потрібна щонайменше одна)
invite-create = Створити запрошення
invite-creating = Створення…
invite-created = Запрошення для { $name } створено. Надішліть цій особі посилання; воно діє один раз, до { $until }. Його показано лише зараз.
invite-link = Посилання-запрошення
invite-copy = Скопіювати посилання
invite-copied = Скопійовано.
invite-copy-failed = Не вдалося скопіювати. Виділіть посилання і скопіюйте його вручну.

## Admin: locations
locations-caption = Локації { $agency }
field-timezone = Часовий пояс
field-timezone-hint = Наприклад, Europe/Amsterdam.
error-not_a_number = Вкажіть кількість місць цифрами, наприклад 400.
location-change-title = Змінити локацію
location-add-title = Додати локацію
location-add = Додати локацію

## Admin: audit log
audit-actor-id = Ідентифікатор виконавця
audit-resident-id = Ідентифікатор мешканця
audit-event = Подія
audit-all-events = Усі події
audit-show = Показати
loading-audit = Завантаження журналу аудиту…
audit-none = Немає відповідних записів.
audit-caption = Записи, спочатку найновіші
audit-time = Час
audit-actor = Виконавець
audit-resident = Мешканець
audit-subject = Об’єкт
audit-details = Подробиці
audit-request-id = Ідентифікатор запиту
audit-newest = Найновіші записи
audit-older = Старіші записи
audit-event-sign_in = вхід
audit-event-sign_in_failed = невдалий вхід
audit-event-locked_out = заблоковано
audit-event-sign_out = вихід
audit-event-session_revoked = сеанс скасовано
audit-event-activated = активовано
audit-event-permission_denied = доступ заборонено
audit-event-resident_read = перегляд мешканця
audit-event-resident_listed = перегляд списку мешканців
audit-event-resident_created = мешканця зареєстровано
audit-event-activation_card_issued = видано картку активації
audit-event-resident_moved = мешканця переселено
audit-event-account_invited = обліковий запис запрошено
audit-event-account_enrolled = обліковий запис налаштовано
audit-event-account_updated = обліковий запис змінено
audit-event-location_changed = локацію змінено

## content
audit-event-procedure_stage_set = етап процедури притулку встановлено
## centre
centre-edit-title = Інформація про центр
centre-edit-lead = Що мешканці бачать у «Моєму центрі»: адресу, номери телефонів, послуги та години роботи. Час указано за часовим поясом локації.
centre-edit-no-location = Вас не призначено до жодної локації.
centre-edit-contacts = Адреса та контакти
centre-edit-services = Послуги
centre-edit-new-service = Додати послугу
centre-edit-kind = Вид послуги
centre-edit-name = Назва (необов'язково)
centre-edit-note = Примітка для мешканців
centre-edit-hours = Години роботи на тиждень
centre-edit-hours-hint = Додайте рядок для кожного періоду, коли послуга працює. Період не може переходити через північ; 00:00 як час закриття означає північ.
centre-edit-opens = Відкривається
centre-edit-closes = Закривається
centre-edit-add-range = Додати години роботи: { $day }
centre-edit-remove-range = Видалити ці години
centre-edit-exceptions = Особливі дні
centre-edit-exceptions-hint = Державні свята та інші дні з іншими годинами. Без годин послуга зачинена весь день.
centre-edit-date = Дата
centre-edit-reason = Причина (бачать мешканці)
centre-edit-special-hours = Години цього дня
centre-edit-add-exception = Додати особливий день
centre-edit-remove-exception = Видалити цей особливий день
centre-edit-save = Зберегти
centre-edit-saving = Збереження…
centre-edit-saved = Збережено. Мешканці побачать зміну, коли знову відкриють сторінку.
centre-edit-remove-service = Видалити послугу
centre-edit-conflict = Хтось інший змінив це, поки ви редагували. Нічого не збережено, а те, що ви ввели, залишилося тут. Перезавантажте, щоб побачити їхню зміну, потім внесіть свою ще раз.
centre-edit-reload = Перезавантажити
centre-error-invalid_time = Введіть час, наприклад 09:00.
centre-error-closes_before_opens = Час закриття має бути пізніше за час відкриття.
centre-error-overlapping_ranges = Ці години перетинаються з іншими годинами того ж дня.
centre-error-out_of_range = Цей час не між 00:00 і 24:00.
centre-error-duplicate_date = Ця дата вже є особливим днем.
centre-error-invalid_date = Введіть дату.
centre-error-invalid_phone = Введіть номер телефону цифрами, наприклад +31 6 0000 0000.
centre-error-invalid_email = Введіть адресу електронної пошти, наприклад desk@example.org.
centre-error-too_many_ranges = Забагато періодів за один день (щонайбільше 6).
centre-error-too_many_exceptions = Забагато особливих днів: видаліть минулі.
centre-error-required = Це поле обов'язкове.
centre-error-too_long = Цей текст задовгий.
centre-error-stale_version = Хтось інший змінив це раніше.
## activities (issue 5)
activities-staff-title = Заходи
activities-new = Новий захід
activities-coming = Найближчі два тижні
activities-all = Усі заходи
activities-staff-loading = Завантаження заходів…
activities-staff-none = Заходів немає.
activities-coming-caption = Заходи на найближчі { $days } днів
activities-when = Коли
activities-what = Захід
activities-confirmed = Зайняті місця
activities-waiting = Очікують
activities-participants = Учасники
activities-cancelled-badge = скасовано
activities-show-participants = Показати імена
activities-participants-of = Учасники { $date }
activities-confirmed-count = Підтверджено: { $count } з { $capacity }
activities-waiting-count = Список очікування: { $count }
activities-nobody = Поки нікого.
activities-every-week = Щотижня: { $weekday }, { $time }, { $minutes } хв
activities-once-on = Один раз: { $date }, { $time }, { $minutes } хв
activities-capacity = Кількість місць
activities-conflict = Хтось інший зберіг цей захід після того, як ви його відкрили. Ваші зміни ще не збережено: спершу перегляньте його зміни.
activities-edit = Редагувати
activities-restore = Відновити
activities-cancel-activity = Скасувати захід
activities-edit-title = Редагування заходу
activities-new-title = Новий захід
activities-load-theirs = Завантажити їхню версію (ваші зміни буде відкинуто)
activities-recurrence = Як часто
activities-weekly = Щотижня
activities-once = Один раз
activities-start-date = Дата (для щотижневого заходу: перша можлива дата)
activities-weekday = День тижня
activities-end-date = Остання дата (необов’язково)
activities-end-date-hint = Залиште порожнім, якщо захід триває.
activities-start-time = Час початку
activities-duration = Тривалість у хвилинах
activities-source-language = Спершу написано мовою
activities-add-translation = Додати переклад
activities-save = Зберегти
activities-saving = Збереження…
activities-back = Назад до списку
activities-text-number = Текст { $number }
activities-text-language = Мова цього тексту
activities-title-field = Назва
activities-description = Опис (необов’язково)
activities-remove-translation = Видалити цей текст
error-activities_weekday_required = Щотижневому заходу потрібен день тижня.
error-activities_weekday_invalid = Виберіть день від понеділка до неділі.
error-activities_end_for_once = Одноразовий захід не має останньої дати: виберіть «щотижня» або залиште порожнім.
error-activities_end_before_start = Остання дата раніше за першу.
error-activities_invalid_time = Запишіть час як ГГ:ХХ, наприклад 14:30.
error-activities_duration_range = Тривалість — від 5 хвилин до 12 годин.
error-activities_past_midnight = Захід має закінчитися до півночі.
error-activities_capacity_range = Кількість місць — від 1 до 1000.
error-activities_duplicate_language = Ця мова має два тексти; залиште один.
error-activities_source_text_required = Напишіть назву мовою, якою захід було написано спершу.
error-activities_stale = Хтось інший змінив цей захід після того, як ви його відкрили.
error-activities_location_fixed = Захід залишається у своєму місці; створіть новий в іншому місці.
error-activities_duration_not_number = Запишіть тривалість у хвилинах, цифрами, наприклад 90.
audit-event-activity_participants_read = переглянуто учасників заходу
