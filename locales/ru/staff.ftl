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
## centre
centre-edit-title = Информация о центре
centre-edit-lead = Что жители видят в разделе «Мой центр»: адрес, номера телефонов, службы и часы работы. Время указано по часовому поясу центра.
centre-edit-no-location = Вы не назначены ни в один центр.
centre-edit-contacts = Адрес и контакты
centre-edit-services = Службы
centre-edit-new-service = Добавить службу
centre-edit-kind = Вид службы
centre-edit-name = Название (необязательно)
centre-edit-note = Примечание для жителей
centre-edit-hours = Часы работы на неделю
centre-edit-hours-hint = Добавьте строку для каждого периода, когда служба открыта. Период не может переходить через полночь; 00:00 как время закрытия означает полночь.
centre-edit-opens = Открывается
centre-edit-closes = Закрывается
centre-edit-add-range = Добавить часы работы: { $day }
centre-edit-remove-range = Удалить эти часы
centre-edit-exceptions = Особые дни
centre-edit-exceptions-hint = Праздники и другие дни с другими часами. Без часов служба закрыта весь день.
centre-edit-date = Дата
centre-edit-reason = Причина (видят жители)
centre-edit-special-hours = Часы в этот день
centre-edit-add-exception = Добавить особый день
centre-edit-remove-exception = Удалить этот особый день
centre-edit-save = Сохранить
centre-edit-saving = Сохранение…
centre-edit-saved = Сохранено. Жители увидят изменение, когда снова откроют страницу.
centre-edit-remove-service = Удалить службу
centre-edit-conflict = Кто-то другой изменил это, пока вы редактировали. Ничего не сохранено, а то, что вы ввели, осталось здесь. Обновите страницу, чтобы увидеть их изменение, затем внесите своё ещё раз.
centre-edit-reload = Обновить
centre-error-invalid_time = Введите время, например 09:00.
centre-error-closes_before_opens = Время закрытия должно быть позже времени открытия.
centre-error-overlapping_ranges = Эти часы пересекаются с другими часами того же дня.
centre-error-out_of_range = Это время не между 00:00 и 24:00.
centre-error-duplicate_date = Эта дата уже является особым днём.
centre-error-invalid_date = Введите дату.
centre-error-invalid_phone = Введите номер телефона цифрами, например +31 6 0000 0000.
centre-error-invalid_email = Введите адрес электронной почты, например desk@example.org.
centre-error-too_many_ranges = Слишком много периодов в один день (не более 6).
centre-error-too_many_exceptions = Слишком много особых дней: удалите прошедшие.
centre-error-required = Это поле обязательно.
centre-error-too_long = Этот текст слишком длинный.
centre-error-stale_version = Кто-то другой изменил это раньше.
## activities (issue 5)
activities-staff-title = Мероприятия
activities-new = Новое мероприятие
activities-coming = Ближайшие две недели
activities-all = Все мероприятия
activities-staff-loading = Загрузка мероприятий…
activities-staff-none = Мероприятий нет.
activities-coming-caption = Мероприятия на ближайшие { $days } дней
activities-when = Когда
activities-what = Мероприятие
activities-confirmed = Занятые места
activities-waiting = Ожидают
activities-participants = Участники
activities-cancelled-badge = отменено
activities-show-participants = Показать имена
activities-participants-of = Участники { $date }
activities-confirmed-count = Подтверждено: { $count } из { $capacity }
activities-waiting-count = Лист ожидания: { $count }
activities-nobody = Пока никого.
activities-every-week = Еженедельно: { $weekday }, { $time }, { $minutes } мин
activities-once-on = Один раз: { $date }, { $time }, { $minutes } мин
activities-capacity = Количество мест
activities-conflict = Кто-то другой сохранил это мероприятие после того, как вы его открыли. Ваши изменения ещё не сохранены: сначала посмотрите его изменения.
activities-edit = Изменить
activities-restore = Восстановить
activities-cancel-activity = Отменить мероприятие
activities-edit-title = Изменение мероприятия
activities-new-title = Новое мероприятие
activities-load-theirs = Загрузить их версию (ваши изменения будут отброшены)
activities-recurrence = Как часто
activities-weekly = Каждую неделю
activities-once = Один раз
activities-start-date = Дата (для еженедельного мероприятия: первая возможная дата)
activities-weekday = День недели
activities-end-date = Последняя дата (необязательно)
activities-end-date-hint = Оставьте пустым, если мероприятие продолжается.
activities-start-time = Время начала
activities-duration = Длительность в минутах
activities-source-language = Сначала написано на языке
activities-add-translation = Добавить перевод
activities-save = Сохранить
activities-saving = Сохранение…
activities-back = Назад к списку
activities-text-number = Текст { $number }
activities-text-language = Язык этого текста
activities-title-field = Название
activities-description = Описание (необязательно)
activities-remove-translation = Удалить этот текст
error-activities_weekday_required = Еженедельному мероприятию нужен день недели.
error-activities_weekday_invalid = Выберите день с понедельника по воскресенье.
error-activities_end_for_once = У разового мероприятия нет последней даты: выберите «каждую неделю» или оставьте пустым.
error-activities_end_before_start = Последняя дата раньше первой.
error-activities_invalid_time = Запишите время как ЧЧ:ММ, например 14:30.
error-activities_duration_range = Длительность — от 5 минут до 12 часов.
error-activities_past_midnight = Мероприятие должно закончиться до полуночи.
error-activities_capacity_range = Количество мест — от 1 до 1000.
error-activities_duplicate_language = У этого языка два текста; оставьте один.
error-activities_source_text_required = Напишите название на языке, на котором мероприятие было написано сначала.
error-activities_stale = Кто-то другой изменил это мероприятие после того, как вы его открыли.
error-activities_location_fixed = Мероприятие остаётся на своём месте; создайте новое в другом месте.
error-activities_duration_not_number = Запишите длительность в минутах, цифрами, например 90.
audit-event-activity_participants_read = просмотрены участники мероприятия
