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
