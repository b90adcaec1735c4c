// Phrases by which a customer takes an earlier ask back, read by the request reader (requests.ts).
import { wordAfter } from '../phrases';

/** "Never mind the migration, our admin did it", "Переезд больше не нужен": an earlier ask taken back. */
export const WITHDRAWING: readonly string[] = [
  'never mind|nevermind|forget$|forget about|disregard|scratch$ that', 'не$ обращайте внимания|не$ обращайте внимание|игнорируйте|проигнорируйте',
  'no longer * need|needed|necessary|relevant', 'not$ needed|not$ necessary * anymore|any more|after all',
  'don t|do not|won t * need * anymore|any more|after all', 'we did it ourselves|did it himself|did it herself|did it themselves|handled it ourselves|sorted it out ourselves',
  'не$ нужен|не$ нужна|не$ нужно|не$ нужны|не$ надо|не$ требуется|не$ актуален|не$ актуальна|не$ актуально|неактуально|неактуален',
  'поставил|поставили|сделал|сделали|настроил|настроили|перенес|перенесли|установил|установили|продлил|продлили * * * сам$|сама$|сами$',
  // "модуль тогда напишем сами" takes the module back; "тексты мы сами напишем" names no work and takes nothing
  'напишем|напишу|допишем * * сами|сам$|сама$|своими силами', 'сами|сам$ * напишем|напишу|допишем',
  'отменяется', 'отказываемся|отказались|откажемся|отказываюсь|отказалась|отказался * от$', 'decided against|decide against|we ll pass on|we will pass on|i ll pass on',
  'live without|do without|manage without', 'scratch$|scrap$|ditch$ * the$|that$|this$|our$', 'reissued|re issued|renewed|replaced|fixed * it$|them$|that$', 'reissued|re issued|renewed|replaced|fixed * * cert|certificate|ssl', 'перевыпустил|перевыпустили|продлил|продлили * * сертификат|ssl',
  'вопрос|просьбу|просьба|тему|тема|запрос|задачу|задача * снят|снята|снимается|снимаем|закрыт|закрыта|закрываем|закрываю|отпал|отпала',
  'сами * перенесли|сделали|настроили|справились|разобрались',
  'did|done|handled|sorted|installed|configured|fixed|moved|migrated|renewed|raised|increased|bumped|adjusted|rolled|restored|reverted|set$ up * * * himself|herself|themselves|ourselves|myself', 'сам$|сама$|сами$ * * перенес|перенесла|перенесли|сделал|сделала|настроил|настроила|поставил|поставила|установил|установила|установили|перерисовал|перерисовала|перерисовали',
];

/**
 * "Просьбу снимаю", "OK, drop that request": an ask taken back without naming its work again, which takes back the
 * earlier asks unless the sentence names the ones it means.
 */
export const RETRACTING: readonly string[] = [
  // dropped outright: "never mind", "drop that request", "отбой", "тикет можно закрыть"
  'never mind|nevermind|scratch$ that', 'disregard * * request|question|part|that$|this$|it$|above|previous|earlier',
  'forget$ * it$|that$|this$|request|question',
  'drop|withdraw|cancel|ignore$|skip$|scratch$|scrap$ * * request|question|part|point|item',
  'request|question * withdrawn|dropped|cancelled', 'skip$ that|skip$ it|skip$ this',
  'ticket|request * can$ be closed|may be closed|can$ close',
  'тикет|заявку|обращение|тему|тред * можно закрыть|можно закрывать|закрывайте', 'можно закрывать|можете закрывать', 'с$ вашей стороны|от$ вас * * ничего не$ нужно|ничего не$ требуется|ничего не$ надо', 'с$ вашей стороны * * всё|все$', 'вопрос к$ вам|вопросов к$ вам * закрыт|нет$|больше нет|снят', 'у$ вас не$ просим|не$ просим у$ вас|у$ вас не$ прошу|этот пункт не$ просим', 'спасибо * закрываем|закрывайте|можно закрывать',
  'этот|эту|данный|данную * вопрос|просьбу|тему|запрос|задачу * снят|снята|снимается|снимаем|закрыт|закрыта|закрываем|закрываю|отпал|отпала', 'вопрос|просьба|тема|задача * неактуален|неактуальна|не$ актуален|не$ актуальна', 'can|may|please * close * * ticket|request', 'nothing to do here|nothing more to do', 'отбой|забудьте',
  // the customer's side takes it on: "Fine, our designer will do it", "сделаем сами", "переезд сделает наш
  // системный администратор"
  'we ll|we will|i ll|i will * do$|handle|sort * it$|that$|this$ * ourselves|myself|ourself',
  'we ll|we will|i ll|i will * take care',
  'our|my * designer|developer|developers|devs|dev$|engineers|admin|sysadmin|devops|programmer|team|agency|guy|freelancer|hoster|host$|hosting|registrar|provider|person|marketer|marketing|seo$|specialist|consultant|copywriter|colleague * * will|ll * do$|handle|take care|take$|install|set$ up|sort|renew|build|put$|write|code$',
  // "…an agency on retainer, they'll take care of the SEO side", "contacted one of your partners and they'll build it"
  'agency|agencies|freelancer|contractor|contractors|partner|partners|studio|devs|developer|developers|designer|designers|marketer|marketers * they ll|they will|he ll|he will|she ll|she will * * take care|handle|do$|sort|build|cover|deal',
  // "…so leave that one with them", "take the widget off the list"
  'leave * with them|with him|with her|to them|to him|to her', 'take|strike|cross * * off$ * list', 'вычеркните|вычеркиваем|вычеркнем|вычёркиваем',
  'сделает$|сделают$|займется$|займётся$|настроит$|настроят$|перенесет$|перенесёт$|поставит$|обновит$|продлит$|сверстает$|сверстают$|нарисует$|нарисуют$|переделает$|переделают$|перерисует$|перерисуют$|поменяет$|поменяют$|напишет$|напишут$|пропишет$|пропишут$|заведет$|заведёт$|доделает$|доделают$|подключит$|подключат$|исправит$|исправят$|починит$|починят$|поправит$|поправят$ * * наш|наша * * админ|администратор|сисадмин|системщик|айтишник|девопс|программист|разработчик|хостер|хостинг|дизайнер|фрилансер|маркетолог|сеошник|копирайтер|специалист',
  'наш|наша * * админ|администратор|сисадмин|системщик|айтишник|девопс|программист|разработчик|хостер|хостинг|дизайнер|фрилансер|маркетолог|сеошник|копирайтер|специалист * * сделает$|сделают$|займется$|займётся$|настроит$|настроят$|перенесет$|перенесёт$|поставит$|обновит$|продлит$|сверстает$|сверстают$|нарисует$|нарисуют$|переделает$|переделают$|перерисует$|перерисуют$|поменяет$|поменяют$|напишет$|напишут$|пропишет$|пропишут$|заведет$|заведёт$|доделает$|доделают$|подключит$|подключат$|исправит$|исправят$|починит$|починят$|поправит$|поправят$',
  'will|ll|going to * * * himself|herself|themselves|ourselves|myself|in house|internally|on our own|on his own|on her own|on their own|on my own',
  'no need for you to|you don t need to|you do not need to|don t need you to|do not need you to|не нужно чтобы вы|не надо чтобы вы',
  'not your problem|not your concern|не ваша забота|не ваша проблема|не ваша головная боль', 'no budget|don t have the budget|don t have a budget|do not have the budget',
  // "its developer will sort out the percentages"
  'its|their * developer|developers|vendor|author|authors|maker|team|devs|people|guys * will|ll * sort|handle|fix|take care|deal|look|build|do$|write|set$', 'поднимет$|поднимут$|настроит$|сделает$|починит$|разберется$|разберётся$ * * сам$|сами$', 'будем|буду * * сами|сам$|сама$',
  'сделаем|сделаю|справимся|справлюсь|разберемся|разберусь|займемся|сверстаем|перенесем|переедем|настроим|поправим|исправим|починим|доделаем|решим|решу|осилим|организуем|разберем|изучим|посмотрим|разработаем|запилим|прикрутим|подключим|интегрируем|поставим|установим * * сами|сам$|сама$|своими силами',
  'сами|сам$ * сделаем|сделаю|справимся|разберемся|разберем|изучим|займемся|сверстаем|перенесем|переедем|настроим|разработаем|прикрутим|подключим|поставим|установим',
  // someone else takes it on: "we'll give it to a new designer", "we'll hire a designer", "ищем другого
  // партнёра", "we'll sort the certificate out with Namecheap", "Namecheap support will do it then"
  'give|hand|pass|outsource * * to$ * designer|developer|freelancer|agency|contractor|admin',
  'передадим|передам|передал|передали|скину|скинем|скинул|скинули|перешлю|перекину|отдам|отдадим|отдал|отдали|отправлю|отправил|отправили|поручим|поручили * * * админу|сисадмину|администратору|программисту|разработчику|хостеру|хостингу|дизайнеру|фрилансеру|подрядчику|айтишнику|айтишникам|отделу',
  'found|hired * * new|another * partner|agency|developer|freelancer|contractor|studio',
  'отдадим|передадим|поручим * * дизайнеру|разработчику|фрилансеру|программисту|подрядчику|админу',
  'we ll|we will|i ll|i will * sort|handle|deal|solve|take care * * * with$|through$|via$',
  'разберемся|разберёмся|решим|уладим|договоримся * * с$ хостер|хостинг|регистратор|провайдер|поставщик|продавц',
  'we ll|we will|going to|decided to|plan to|planning to * hire|find|get|engage|bring in * * designer|developer|freelancer|agency|contractor|studio|someone',
  'support|registrar|hoster|hosting|provider * will$|ll$ * do$|handle|install|renew|take care|sort',
  'support|registrar|hoster|hosting|provider|host$ * is going to|are going to * do$|handle|install|renew|take care|sort|fix|set$',
  'сделает$|сделают$|займется$|займётся$|настроит$|настроят$|перенесет$|перенесёт$|поставит$|обновит$|продлит$ * * хостер|хостинг|провайдер|регистратор|сисадмин',
  'нашли * подрядчика|исполнителя|агентство|фрилансера|программиста',
  'передали|передал|передала|отдали * вопрос|задачу|это * в$|партнеру|партнёру|подрядчику|интегратору',
  // "Партнёр нашёлся, передали всё им, сопровождение будет у них"
  'передали|передал|передала|отдали|отдал|отдала * * партнеру|партнёру|партнерам|партнёрам|им$|подрядчику|интегратору|студии',
  'сопровождение|поддержка|доработка|это$ * будет|будут|останется|остается|остаётся * у$ них|у$ партнера|у$ партнёра|у$ студии|у$ подрядчика', 'они|он$|она$ * уже|этим * занимаются|занимается',
  'закажем|закажу|заказали|поручим|отдадим * * у$ * своего|нашего|другого|стороннего * программиста|разработчика|фрилансера|подрядчика|агентства|студии|партнера|партнёра',
  'закажем|закажу|заказали|закажут * у$ партнера|партнёра|программиста|разработчика|фрилансера|подрядчика|агентства|студии|интегратора',
  'пусть они|пусть он|пусть она|пусть сами * * ставят|ставит|делают|делает|настраивают|настраивает|разбираются|разбирается|занимаются|занимается|решают|решает|переносят|переносит|продлевают|продлевает|правят|правит|пишут|пишет|чинят|чинит',
  'тут тогда всё|тут всё|на этом всё|с этим всё|больше не вопрос|так что у нас всё|так что у меня всё', 'nothing needed from you|nothing else needed from you|nothing for you to do|nothing left for you|nothing more for you|nothing for you here|no action needed from you|no action from you',
  'пусть * пишет|делает|настраивает|разбирается|занимается|переносит|правит * сам$|сами$|сама$',
  'договорились|договорилась|договорился * с$ * * партнер|партнёр|подрядчик|разработчик|хостер|фрилансер|исполнител|программист|автор',
  'сам$|сами$|сама$ * * посмотрят|посмотрит|сделают|сделает|починят|починит|поправят|поправит|разберутся|разберется|разберётся|займутся|займется|займётся|исправят|исправит|откатит|откатят|уберет|уберёт|уберут|удалит|удалят|вернет|вернёт|вернут',
  'can|could * handle|do$|manage|sort * * * himself|herself|themselves|ourselves|myself|on his own|on her own|on their own|on our own',
  'written|wrote|reached out|contacted|emailed|messaged * * * developer|developers|vendor|author|authors|hoster|registrar',
  // "I'll open a ticket with DataBridge then", "напишем им напрямую"
  'll$|will * open|file|raise|submit|log * ticket|case * with$', 'll$|will * contact|email|write to|reach out to * * directly|then$|instead',
  'напишем|напишу|обратимся|обращусь|свяжемся|свяжусь * * * напрямую|к$ ним|с$ ними',
  'написали|написал|написала|обратились|обратился|обратилась * * * разработчику|разработчикам|автору|авторам|хостеру|регистратору|провайдеру',
  'll$|will * come back|get back|return * to$ * * * then$|later|next|after|once',
  'другого подрядчика|другого исполнителя|другую компанию|другое агентство',
  'found|hired|went with|chose * someone else|another company|another agency|another developer|another freelancer|another contractor',
  'наймем|наймём|найдем|найдём|возьмем|возьмём * своего|нашего|штатного|отдельного * маркетолога|программиста|дизайнера|разработчика|админа|сисадмина|специалиста|seo',
  'ищем|поищем|найдем|найдём|обратимся * * * друг * партнер|партнёр|подрядчик|исполнител|студи|агентств|разработчик|фрилансер',
  'look for|looking for|find|will find|will ask * another|other|a different|a new * partner|agency|developer|freelancer|contractor|studio',
  // someone of theirs made to do it: "we'll get our hosting company to do the move", "I'll have my brother-in-law do it"
  'we ll|i ll|we will|i will|we re going to|i m going to * get|have|ask * * * to$ do|to$ handle|to$ take care|to$ sort|to$ move|to$ migrate|to$ set|do$ it|do$ that|do$ this|handle it',
  'says|said|tells me * he|she|they * can$|could$|will$|ll$ * handle|do$|manage|sort|take care', 'so no need|so there s no need|so there is no need',
  // "we've found a contractor for the server side"; not "we hired a freelancer, he modified…", the story of the fault
  'found|booked * * * for$ that|for$ this|for$ it', 'found|booked * * * for$ the$ * side|part|bit|job', 'found|booked * someone|somebody|another * for$|to$', 'hired|got * * * for$ that|for$ this|for$ it|to$ do$ it|to$ handle it',
  'hoster|hosting|host$|provider|registrar|vendor * offered|agreed * to$ * migrate|move|do$|handle|renew|install|set$|reissue|fix',
  'take|get|do$|order|have * * * elsewhere|somewhere else',
  'decided not to|decide not to|chose not to|choose not to|decided against', 'we re not|we are not|we aren t|i m not * moving|migrating|doing|going ahead|changing|switching|renewing|planning|pursuing|building * * anymore|any more|after all',
  'we ll|we will|we re|we are|we d rather|i ll * stay|staying|stick|sticking|remain|keep * with|on$|at$',
  'isn t|is not|no longer * a$ priority|urgent|important|a$ concern',
  'our|my * admin|sysadmin|developer|dev$|devs|team|host$|hoster|hosting|guy|programmer|freelancer|designer|agency|partner * * already * did|done|redid|redone|rebuilt|changed|updated|made|built|wrote|designed|moved|migrated|renewed|installed|configured|fixed|set$ up|sorted|handled|took care',
  'we ll|we will|we d rather|i ll * keep * * standard|default|current|existing|original|stock', 'let s|lets * drop|skip|forget|scrap|shelve|park',
  'live|make do * with * * current|existing|standard|default|what we have|as is',
  // "попросим хостера", "айтишник говорит, что справится, так что не надо", "займёмся внутри компании", "закажем в другом месте"
  'попросим|попрошу|попросили|попросил * * хостер|хостинг|админ|сисадмин|программист|разработчик|знакомого|подрядчик|айтишник|провайдер|регистратор|фрилансер',
  'наш|наша|мой|моя * * админ|сисадмин|системщик|айтишник|программист|разработчик|хостер|дизайнер|фрилансер|подрядчик * говорит|говорят|сказал|сказала|сказали * что$ * справится|справятся|сделает|сделают|разберется|разберутся|перенесет|перенесут',
  'говорит|говорят|сказал|сказала|сказали * что$ * справится|справятся|сделает|сделают|разберется|разберутся|перенесет|перенесут', 'так что не$ надо|так что не$ нужно|так что не$ требуется',
  'внутри компании|внутри команды|собственными силами|внутренними силами|в$ другом месте|у$ другой компании|на$ стороне',
  'попробую|попробуем * сам$|сами$|сама$ * разобраться|сделать|перенести|настроить|справиться',
  'повременим|повременю|погодим|притормозим', 'не$ в$ приоритете|не$ приоритет|неприоритетн',
  'остаемся|останемся|остаюсь|остаёмся * * на$ * текущ|нынешн|старом|прежн|этом$|том$ же',
  'решили|решил|решила|передумали|передумал|передумала * * не$ * переезжать|переносить|делать|менять|заказывать|продлевать|ставить|трогать|подключать|дорабатывать|переходить',
  'больше не$|уже не$ * переезжаем|переносим|переходим|меняем|планируем|делаем|заказываем',
  'оставим|оставляем|оставлю * стандартн|штатн|текущ|стар|прежн', 'не$ трогаем|не$ будем трогать|трогать не$ будем', 'на$ аутсорс|аутсорсерам|на$ сторону',
  'поживем|поживём|проживем|проживём|останемся|остаемся|остаёмся * с$|со$ * стар|текущ|прежн|стандартн',
  // the maker of the thing asked instead: "we'll reach out to the app's developer", "напишем разработчику приложения"
  'll$|will * reach out|write|contact|email|ask|talk * * * developer|developers|vendor|author|authors|maker|makers|hoster|registrar|provider', 'take it up|take this up|take that up * with$',
  'напишем|напишу|обратимся|обращусь * * разработчику|разработчикам|автору|авторам|вендору|хостеру|регистратору|провайдеру',
  'use something else|use another|switched to another|switch to another|went with another|moved to another', 'no longer * an$ issue|a$ problem', 'not an issue anymore|not a problem anymore',
  'спросим|спрошу|уточним|уточню * у$ * нашего|своего|нашей|своей * программиста|разработчика|админа|сисадмина|фрилансера|подрядчика|дизайнера|партнера|партнёра',
  'leave|set|put * * aside', 'оставим|отложим * в$ стороне|в$ сторону', 'почитаем|почитаю|прочитаем|прочитаю|изучим|изучу * * блог|стать|документаци|инструкци|руководств',
  'наняли|нашли|наймем|наймём|наймем * * seo|маркетолог|сеошник|маркетингов|копирайтер', 'наняли|нашли * * * для$ этого|под$ это|на$ это',
  // "вернула задачу фрилансеру — пусть сам откатывает", "ему и отдам, пусть разбирается", "вернёмся к вопросу после праздников"
  'вернула|вернули|вернул * задачу|вопрос|работу * * фрилансеру|программисту|разработчику|подрядчику|дизайнеру|партнеру|партнёру|студии|исполнителю',
  'пусть * сам$|сами$|сама$ * откатывает|откатывают|делает|делают|правит|правят|переделывает|разбирается|разбираются|чинит|чинят',
  'пусть * разбирается|разбираются|занимается|занимаются|чинит|чинят|правит|правят|откатывает|откатывают', 'ему|им$|ей$ * и$ * отдам|отдадим|передам|передадим|поручу|поручим',
  'вернемся|вернёмся|вернусь * к$ * * после|позже|потом|следующ|через', 'вернемся|вернёмся|вернусь * * позже|потом|следующ', 'сейчас не$ до$|пока не$ до$',
  'бюджета * нет$', 'забейте|забей$', 'хостер|хостинг|админ$|сисадмин|программист|разработчик|фрилансер|дизайнер|подрядчик|он$|она$|они$ * сам$|сами$|сама$ * поставит$|поставят$|сделает$|сделают$|настроит$|настроят$|перенесет$|перенесут$|продлит$|продлят$|починит$|починят$|разберется$|разберутся$',
  // handed on: "we're taking it back to our developer", "we won't ask you to touch the module", "Каталог отдадим
  // партнёру, уже договорились со студией"
  'taking|take|bringing|sending * it$|this$|that$ * back to$', 'll$|will * chase|nudge|sort it out with', 'won t|will not|wouldn t * ask you|need you',
  'отдадим|отдам|передадим|передам|поручим|поручу * * партнеру|партнёру|партнерам|партнёрам|студии|подрядчику|фрилансеру|программисту|разработчику|агентству|хостеру|админу|сисадмину',
  'договорились|договоримся|договорился|договорилась * * с$ * студией|партнером|партнёром|подрядчиком|фрилансером|агентством|программистом|разработчиком|интегратором',
  // "Let's come back to the cron thing next quarter, it's not a priority"
  'come back|revisit * * next|later|q1|q2|q3|q4|spring|summer|autumn|winter', 'already on it',
  // "Let's get back to the relay after the holidays, backup first"
  'let s|lets * get back|come back|return|revisit * * * after|later|next|once|then$|in$ the new year|in$ january',
  'park$|parked|parking|shelve|shelved * * * until|till|for$ now|next quarter|next year|next month',
  'll$|will * revisit * * * after|later|next|once|when', 'when there s|when there is|once there s|once we have * budget', 'когда будет|когда появится|как появится * бюджет',
  // the one to be paid named: "когда будет бюджет на партнёра" hands the work to the partner
  'бюджет|budget * на$|for$ * партнер|партнёр|программист|разработчик|фрилансер|дизайнер|студи|агентств|partner|developer|freelancer|designer|agency|studio',
  // "We are not need it more", "don't need it more"
  'not$|don t|dont|no$ * need * it$|this$|that$|them$ * more|anymore|any more|no more',
  'pay|paying|hire|hiring * * * admin|sysadmin|hoster|freelancer|developer|agency|contractor|someone * to$ do|to$ handle|to$ set|to$ fix|to$ sort|for$ it',
  'вернемся|вернёмся|вернусь * * весной|летом|осенью|зимой|после$ нового года', 'до$ * весны|лета|осени|зимы|нового года * не$ актуально|неактуально|не$ нужно',
  'not a$ priority|not a$ top priority|low priority|not urgent for us',
  'обещали|обещал|пообещали|пообещал * * прописать|сделать|настроить|перенести|продлить|починить|исправить|поставить', 'написали|написал|написала|обратились * * поддержку|support * хостинг|регистратор|провайдер',
  'наймем|наймём|возьмем|возьмём|найдем|найдём * * агентство|подрядчика|фрилансера|специалиста|студию',
  // "I opened a case with Namecheap… so that part is with them now, you're off the hook", "you can cross that bit off"
  'opened|filed|raised|logged * * ticket|case * with$', 'opened|started * * chat|ticket|case * with$',
  // "they've already updated the records on their side, so that's sorted"
  'updated|changed|set$|added|configured|enabled * * * on$ their side|on$ their end', 'so$ that s|so$ that is|so$ it s|so$ it is * sorted|solved|settled|resolved|handled', 'off the hook', 'is$|s$ * with them now|with them now', 'cross|strike * * off$',
  'being handled|being taken care|being done|being sorted * by$', 'a$|the$ * contractor|freelancer|developer|designer|agency|studio * * * already * sorted|fixed|did|done|handled|solved|resolved|took care',
  // the one who broke it on it: "he's fixing his own mess", "программист уже взялся за исправление" (not "it works
  // again", which tells of the in-scope fault, nor "we rolled his file back", which often comes before asking his work anew)
  'he s on it|she s on it|they re on it|is on it|are on it', 'he s|she s|they re|he is|she is|they are * fixing|handling|sorting|redoing|reverting|undoing',
  // the one it went to is doing it now: "they're enabling it on their side", "our hoster is taking care of it", "они сами включают"
  'he s|she s|they re|he is|she is|they are * enabling|installing|configuring|setting|doing|moving|migrating|renewing * it$|this$|that$|everything|on$ their|on$ his|on$ her',
  'hoster|hosting|host$|provider|registrar|admin|sysadmin|developer|freelancer|agency|designer * is$|are$ * taking care|handling|enabling|installing|configuring|sorting|fixing|moving|migrating|renewing',
  'они|он$|она$ * сами|сам$|сама$ * включают|включает|настраивают|настраивает|делают|делает|ставят|ставит|переносят|переносит|продлевают|продлевает|разбираются|разбирается|чинят|чинит',
  'включают|включает|настраивают|настраивает|делают|делает|ставят|ставит|переносят|переносит|продлевают|продлевает|чинят|чинит * * у$ себя|на$ своей стороне',
  'взялся|взялась|взялись * за$ * исправлен|правк|переделк|доработк|откат',
  // "I passed your reply to him and he's poking around on his own", "threw that module out", "we're squared away on that",
  // "от нас больше ничего не ждите"
  'passed|forwarded|handed * your reply|your answer|it$|this$|that$ * to$ * him$|her$|them$|our|my',
  'threw|kicked|tossed * * * out$', 'got rid of', 'squared away|all set on that|sorted on that|covered on that', 'ничего не$ ждите|ничего не$ ждем|ничего не$ ждём',
  // done elsewhere already: "our hoster did the move for free", "FlowApps fixed it on their side", "разобрались сами"
  'hoster|hosting|host$|provider|registrar|support * did|handled|sorted|moved|migrated|took care|resolved|installed|reinstalled|reissued|replaced|fixed|enabled|configured|renewed',
  'хостер|хостинг|провайдер|регистратор|поддержка|админ$|сисадмин$|администратор$|программист$|разработчик$|фрилансер$|дизайнер$|подрядчик$ * продлил$|продлила$|продлили$|сделал$|сделала$|сделали$|перенес$|перенёс$|перенесла$|перенесли$|настроил$|настроила$|настроили$|помог$|помогла$|помогли$|разобрал|решил$|решила$|решили$|поправил$|поправила$|поправили$|починил$|починила$|починили$|исправил$|исправила$|исправили$|поставил$|поставила$|поставили$|установил$|установила$|установили$|прописал$|прописала$|прописали$',
  'уже разобрался|уже разобралась|уже разобрались|уже решили вопрос|уже решил вопрос',
  // the doer right after the verb: "DNS уже настроила поддержка Reg.ru", "перенёс хостер" (not "поставили приложение (разработчик…")
  ...wordAfter(
    ['продлил$', 'продлила$', 'продлили$', 'сделал$', 'сделала$', 'сделали$', 'перенес$', 'перенёс$', 'перенесла$', 'перенесли$', 'настроил$', 'настроила$', 'настроили$', 'поставил$', 'поставила$', 'поставили$', 'установил$', 'установила$', 'установили$', 'починил$', 'починила$', 'починили$', 'исправил$', 'исправила$', 'исправили$', 'перевыпустил$', 'перевыпустила$', 'перевыпустили$', 'прописал$', 'прописала$', 'прописали$', 'включил$', 'включила$', 'включили$', 'обновил$', 'обновила$', 'обновили$'],
    ['хостер$', 'провайдер$', 'регистратор$', 'поддержка$', 'сисадмин$', 'админ$', 'администратор$', 'программист$', 'разработчик$', 'фрилансер$', 'подрядчик$', 'студия$', 'агентство$'],
  ),
  'sorted out|took care of|handled it|resolved it|sorted it',
  'pushed|released|shipped|rolled out * * fix|patch|hotfix', 'that$|this$ * part|bit|one|issue * s$|is$ * sorted|solved|settled|resolved|done|handled|fixed|covered|taken care',
  'you$ can|may * close * * ticket|request|this$', 'closing|close * from$ my side|from$ our side|on$ my side|on$ our end', 'll$|will * leave|drop|skip|park * * * part$|bit$|side$', 'можете|можно * закрывать|закрыть * * тикет|заявку|обращение|вопрос', 'это$|эта$ * * их|его|ее|её * работа|забота|зона ответственности|задача', 'эта часть|этот пункт|эта часть вопроса * решена|решен|сделана|сделан|закрыта|закрыт|готова|готов', 's$|is$ * their|his|her * job|responsibility|problem',
  'raised|passed|forwarded|handed|sent|escalated * it$|them$|this$|that$|everything * * to$|with$ * our|their|the * host|hosting|hoster|provider|registrar|admins|admin|contractor|developer|agency|support|vendor',
  'take it from here|take it over from here|handle it from here|take over from here', 'разобрались с|решили вопрос|решил вопрос',
  'fixed|solved|resolved|sorted * * it$|this$|that$|everything * on$ their|our * side|end',
  'разобрались|справились|решили * сами|сам$|сама$|своими силами',
  // narrowed to a question: "OK. Then just tell me where the colour settings are", "Тогда подскажите…", "I'll
  // read the blog. One product question then"
  'll$|will * read|check|go through * * * blog|article|articles|docs|documentation',
  'no need to answer|no need to reply|не нужно отвечать|можно не отвечать|отвечать не нужно',
  'then just|then only|then please just * tell|explain|show|point|let me know|advise',
  'тогда * * подскажите|скажите|объясните|расскажите|покажите', 'тогда просто|тогда только|тогда чисто|тогда лишь',
  'in that case * just|only', 'снимаем|снимаю|отзываю|отзываем',
  'вопрос снят|просьба снята|вопрос отпал|вопрос отпадает|просьба отпала|вопрос закрыт|вопрос решен|тема закрыта',
  // put aside: "let's leave the code alone", "we're shelving it", "проехали", "свою тему пока не тянем,
  // попробуем на стандартной"
  'leave * * * alone|as is|as it is', 'off the table|on hold',
  'park$|parking * * * idea|it$|that$|this$|request|for$ now',
  'оставим|оставляем|пусть * * как есть|как было|остается|остаётся',
  'shelve|shelving|shelved|postpone|postponing|postponed|put off|putting off|hold off|holding off',
  'scrap$ that|scrap$ it|scrap$ this', 'проехали|отложим|откладываем|отложили|не будем пока|пока не будем',
  'не надо тогда|тогда не надо|не нужно тогда|тогда не нужно|no need then|then no need', 'спасибо * не надо|не нужно|не требуется', 'thanks|thank you * but$ no|no need|not needed',
  'не тянем|не потянем|не осилим|обойдемся|обойдёмся', 'live|do * without * it$|that$|this$|them$',
  'попробуем|останемся|остаемся|остаёмся * на$ стандартн|на$ штатн|на$ родн',
  'stick|stay|go * with|on$ the * default|standard|built in', 'can wait|will have to wait|подождет|подождёт|подождут',
  'll$|will * skip$|drop$|pause$|postpone * * * for$ now|for the moment|for the time being|until$|till$', 'stay|staying|stick * with * * current|existing',
  'manage|make do * with * * standard|default|built in|existing', 'would actually do|that would do|that ll do|this will do|сойдет|сойдёт|этого хватит|этого достаточно', 'isn t|not$ * in$ our budget|within our budget', 'can t afford|cannot afford|нет бюджета|бюджета нет|не по карману',
  // nothing left to do: "no need after all", "no lessons then", "we need nothing more there", "Чинить ничего не
  // нужно"
  'уже|больше * не$ актуально|неактуально|не$ нужно|не$ надо', 'no need * after all|anymore|any more', 'no$ * then$',
  'тогда|значит|ну * без',
  'nothing more needed|nothing else needed|nothing more is needed|nothing further needed|need nothing more|need nothing else|don t need anything else|don t need anything more|nothing needs fixing|nothing to fix|nothing needs to be done',
  'чинить|исправлять|делать|переносить|настраивать|менять|дорабатывать * ничего * не нужно|не надо',
  // the customization the ask was about is gone: "Снесла все свои правки, вернула стандартный шаблон", "removed
  // our snippet"
  'снесли|снесла|снес$|удалили|удалила|убрали|убрала|откатили|откатила * * * правки|изменения|доработки|модуль|плагин',
  'вернули|вернула|вернул$|поставили|поставила|переключили|переключила|перешли|перешла * * стандартн|оригинальн|родн|штатн * шаблон|тему|файлы',
  'removed|reverted|rolled back|undid|undone * * * our changes|our edits|customizations|custom code|the module|the plugin|our snippet|our script|our code|the snippet',
  'switched|went|reverted|rolled * back to$ * * default|standard|original|stock',
];

/** The same fault shown on a clean install: every earlier ask becomes a product bug, whatever part the sentence names. */
export const REFRAMING: readonly string[] = ['tested|tried|checked|reproduced|проверили|воспроизвели|повторили * * on$|на$ * clean|fresh|чист'];
