# Wegwijs, тексты для сотрудников: русский.

## Common
cancel = Отмена
save = Сохранить
saving = Сохранение…
edit = Изменить
confirm = Подтвердить
continue = Продолжить
checking = Проверка…
field-status = Статус
field-type = Тип
field-municipality = Муниципалитет
field-places = Места
field-change = Изменение
field-role = Роль
field-email = Адрес электронной почты
field-password = Пароль
show-password = Показать пароль
date-from = С
date-until = По
choose-location = Выберите место размещения
staff-loading-locations = Загрузка мест размещения…
role-resident = Житель
role-trainer = Тренер
role-staff = Сотрудник
role-admin = Администратор
status-card-pending = Карта выдана, ещё не активирована
status-active = Активен
status-disabled = Отключён

## Staff overview
staff-overview-title = Обзор для сотрудников
staff-register-new = Зарегистрировать нового жителя
capacity-caption = Места приёма { $agency }
capacity-total = Итого
system-status = Состояние системы
checking-system = Проверка системы…
health-ok = Работает нормально
health-degraded = Ограниченная работа: база данных не готова
health-schema = Схема базы данных
health-none = нет
health-api-version = Версия API

## Residents
residents-title = Жители
residents-all-locations = Все мои места размещения
loading-residents = Загрузка жителей…
residents-empty = Здесь пока не зарегистрировано ни одного жителя.
residents-caption = Жители ({ $count })

## New resident
new-resident-title = Новый житель
new-resident-registered = Зарегистрировано. Передайте эту карту жителю.
new-resident-open = Открыть этого жителя
new-resident-another = Зарегистрировать ещё одного жителя
field-preferred-name = Предпочитаемое имя
field-preferred-name-hint = Имя, которым житель хочет, чтобы его называли.
field-v-number = Номер жителя (V-номер)
field-v-number-hint = 10 цифр.
choose-language = Выберите язык
field-birth-optional = Дата рождения (необязательно)
field-birth-hint = Только если житель хочет получать информацию для своего возраста.
new-resident-submit = Зарегистрировать и создать карту
new-resident-busy = Регистрация…

## One resident
all-residents = Все жители
loading-resident = Загрузка данных жителя…
moves-now = по настоящее время
field-date-of-birth = Дата рождения
not-recorded = Не указана
moves-caption = Где жил этот житель
card-issue = Выдать новую карту активации
card-confirm-text = Старый код перестанет действовать, и житель выйдет из системы на всех устройствах. С новой картой он выберет новый PIN-код. Продолжить?
card-confirm = Да, выдать новую карту
move-title = Перевести в другое место размещения
move-done = Переведён.
move-new-location = Новое место размещения
move-submit = Перевести
move-busy = Перевод…

## Activation card
card-code-label = Код активации
card-qr-label = QR-код, который открывает Wegwijs с уже введённым кодом
card-print = Распечатать карту

## Trainer area
trainer-title = Раздел для тренеров
trainer-lead = Модули по цифровым навыкам соотнесены с европейской рамкой DigComp 2.2. Вот её пять областей компетенций.

## Staff sign-in
staff-sign-in-title = Вход для сотрудников и тренеров
field-totp-code = Код из приложения-аутентификатора
field-totp-code-hint = 6 цифр или один из ваших кодов восстановления.
staff-resident-question = Вы житель?
staff-resident-link = Войти по номеру жителя

## Accepting an invitation
invite-title = Приглашение
invite-incomplete = Эта ссылка неполная. Откройте ссылку из приглашения целиком или попросите администратора прислать новую.
invite-setup-title = Настройка учётной записи
invite-step-password = Шаг 1 из 3: выберите пароль
field-password-hint = Не менее 8 символов; хорошо подходит целое предложение.
field-password-repeat = Введите пароль ещё раз
error-passwords_differ = Два пароля не совпадают.
invite-step-app = Шаг 2 из 3: подключите приложение-аутентификатор
invite-scan = Отсканируйте этот QR-код приложением-аутентификатором на телефоне (например, тем, которое использует ваша организация). Учётная запись:
invite-qr-label = QR-код для приложения-аутентификатора
invite-cannot-scan = Не получается отсканировать? Введите в приложение этот ключ:
field-app-code = 6-значный код, который показывает приложение
invite-step-codes = Шаг 3 из 3: сохраните коды восстановления
invite-codes-text = Если вы потеряете телефон, каждый из этих кодов позволит один раз войти вместо кода из приложения. Распечатайте или запишите их и храните в надёжном месте. Они показываются только сейчас.
invite-codes-stored = Я их сохранил(а)

## Admin: accounts
admin-accounts = Учётные записи
admin-locations = Места размещения
admin-audit = Журнал аудита
loading-accounts = Загрузка учётных записей…
accounts-caption = Сотрудники, тренеры и администраторы
field-email-short = Эл. почта
account-status-pending = Приглашён, ещё не настроен
account-edit-title = Изменить: { $name }
account-disabled = Отключён (выводит этого человека из системы везде и не даёт ему входить)
invite-someone = Пригласить сотрудника
invite-locations = Места размещения (сотрудникам и тренерам нужно хотя бы одно)
invite-create = Создать приглашение
invite-creating = Создание…
invite-created = Приглашение для { $name } создано. Отправьте этому человеку ссылку; она действует один раз, до { $until }. Она показывается только сейчас.
invite-link = Ссылка-приглашение
invite-copy = Скопировать ссылку
invite-copied = Скопировано.
invite-copy-failed = Не удалось скопировать. Выделите ссылку и скопируйте её вручную.

## Admin: locations
locations-caption = Места размещения { $agency }
field-timezone = Часовой пояс
field-timezone-hint = Например, Europe/Amsterdam.
error-not_a_number = Укажите количество мест цифрами, например 400.
location-change-title = Изменить место размещения
location-add-title = Добавить место размещения
location-add = Добавить место размещения

## Admin: audit log
audit-actor-id = Идентификатор исполнителя
audit-resident-id = Идентификатор жителя
audit-event = Событие
audit-all-events = Все события
audit-show = Показать
loading-audit = Загрузка журнала аудита…
audit-none = Подходящих записей нет.
audit-caption = Записи, сначала новые
audit-time = Время
audit-actor = Исполнитель
audit-resident = Житель
audit-subject = Объект
audit-details = Подробности
audit-request-id = Идентификатор запроса
audit-newest = Самые новые записи
audit-older = Более старые записи
audit-event-sign_in = вход
audit-event-sign_in_failed = неудачный вход
audit-event-locked_out = заблокирован
audit-event-sign_out = выход
audit-event-session_revoked = сеанс отозван
audit-event-activated = активирован
audit-event-permission_denied = доступ запрещён
audit-event-resident_read = просмотр жителя
audit-event-resident_listed = просмотр списка жителей
audit-event-resident_created = житель зарегистрирован
audit-event-activation_card_issued = выдана карта активации
audit-event-resident_moved = житель переведён
audit-event-account_invited = учётная запись приглашена
audit-event-account_enrolled = учётная запись настроена
audit-event-account_updated = учётная запись изменена
audit-event-location_changed = место размещения изменено

## content
audit-event-procedure_stage_set = этап процедуры убежища установлен
