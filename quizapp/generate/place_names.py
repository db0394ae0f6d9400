"""Well-known place names a near spelling must not be taken for a slip of another (review
r216: 'Rhine' is one letter from 'Rhône' and 'Nera' from 'Neva', each another river).

No list holds every river; this one holds the names a learner is likely to type for another:
the major rivers of each continent (with the smaller ones one letter from a famous one, such
as the Nera), the countries, the capitals most often asked, seas, lakes and ranges, and
well-known cities ('Lublin' is no slip of 'Dublin': review r219). Lower
case, accents dropped, single words (a name of two words is listed by its distinctive word).
slips.py refuses a near spelling that puts one of them in place of the key's word.
"""

from __future__ import annotations

import re

from quizapp.generate.us_states import US_STATES

_PLACES = """
nile amazon yangtze mississippi missouri yenisei lena amur congo niger mekong volga
danube rhine rhone elbe oder vistula seine loire thames tagus tajo ebro tiber arno nera
neva dnieper dniester ural indus ganges brahmaputra tigris euphrates jordan zambezi
limpopo murray darling yukon mackenzie colorado columbia hudson ohio parana paraguay
uruguay orinoco magdalena irrawaddy salween shannon severn douro garonne meuse moselle
drava sava tisza prut kama irtysh kolyma pechora dvina narva neman warta tweed trent
ob oka don po inn aare reuss isar lech saale weser ems scheldt dordogne somme marne
aral caspian baltic adriatic aegean ionian tyrrhenian barents bering okhotsk caribbean
baikal ladoga onega victoria tanganyika malawi titicaca erie huron ontario balkhash
everest elbrus alps andes urals atlas rockies himalaya pyrenees carpathians caucasus
sahara gobi kalahari atacama
paris london berlin madrid rome vienna prague warsaw budapest moscow kyiv minsk oslo
stockholm helsinki copenhagen dublin lisbon athens sofia bucharest belgrade zagreb
ljubljana bratislava tallinn riga vilnius bern brussels amsterdam cairo baghdad tehran
ankara damascus beirut amman riyadh doha kabul delhi dhaka beijing tokyo seoul hanoi
bangkok manila jakarta canberra wellington ottawa lima quito bogota caracas santiago
havana nairobi lagos abuja accra dakar tunis rabat algiers tripoli khartoum kampala
astana bishkek dushanbe tashkent ashgabat baku tbilisi yerevan
lublin krakow cracow gdansk poznan wroclaw lodz szczecin katowice lviv kharkiv odesa odessa
dnipro kazan samara omsk novosibirsk yekaterinburg almaty samarkand bukhara hamburg munich
cologne frankfurt stuttgart dresden leipzig bremen hanover nuremberg milan naples turin venice
florence genoa bologna palermo verona barcelona valencia seville bilbao malaga porto lyon
marseille toulouse bordeaux lille nantes strasbourg geneva zurich basel lausanne salzburg graz
antwerp ghent bruges rotterdam utrecht hague manchester liverpool birmingham leeds glasgow
edinburgh cardiff belfast bristol galway limerick gothenburg malmo bergen aarhus turku tampere
istanbul izmir jerusalem haifa mecca dubai karachi lahore mumbai bombay kolkata calcutta
chennai madras bangalore shanghai guangzhou shenzhen wuhan osaka kyoto yokohama busan sydney
melbourne brisbane perth adelaide auckland toronto montreal vancouver quebec boston chicago
houston dallas denver seattle atlanta miami detroit philadelphia memphis nashville montevideo
asuncion medellin guadalajara monterrey johannesburg durban casablanca marrakesh alexandria
yaounde douala asmara mbabane lobamba manzini pretoria bloemfontein putrajaya islamabad
dodoma maputo luanda kinshasa brazzaville harare lusaka lilongwe gaborone windhoek maseru
antananarivo mogadishu nouakchott bamako niamey ouagadougou conakry freetown monrovia
yamoussoukro abidjan cotonou libreville malabo bangui kigali bujumbura muscat manama sanaa
kathmandu thimphu colombo kotte yangon naypyidaw vientiane ulaanbaatar pyongyang taipei
dili georgetown paramaribo brasilia sucre managua tegucigalpa belmopan kingston nassau
reykjavik valletta nicosia chisinau podgorica skopje tirana pristina sarajevo vaduz suva
"""
# capitals and cities of more than one word, whole: 'Asmara (Addis Ababa)' names two places
_MANY_PLACES = (
    "addis ababa|kuala lumpur|port moresby|george town|dar es salaam|abu dhabi|phnom penh|"
    "buenos aires|la paz|san jose|port louis|cape town|new delhi|mexico city|panama city|"
    "kuwait city|guatemala city|rio de janeiro|sao paulo|saint petersburg|st petersburg|"
    "tel aviv|hong kong|ho chi minh city|santo domingo|port of spain|port-au-prince|"
    "sri jayawardenepura kotte|nur-sultan|san salvador|santiago de chile|new york|lae"
)
# countries, lower case, accents dropped, each whole ("new zealand"): a country after a comma
# names where the answer is ("Dublin, Ireland"), not a second answer (check_qualified.py)
_COUNTRIES = """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china
colombia comoros croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt
eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana
greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia
iran iraq ireland israel italy jamaica japan kazakhstan kenya kiribati kosovo kuwait
kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
madagascar malaysia maldives mali malta mauritania mauritius mexico micronesia moldova
monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands
nicaragua nigeria norway oman pakistan palau panama peru philippines poland portugal
qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia
somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uzbekistan vanuatu
venezuela vietnam yemen zambia zimbabwe uruguay paraguay malawi
england scotland wales britain uk usa america holland
"""
_MANY_WORDS = (
    "united kingdom|united states|united states of america|great britain|new zealand|"
    "south africa|north korea|south korea|sri lanka|saudi arabia|costa rica|el salvador|"
    "czech republic|ivory coast|northern ireland|united arab emirates|papua new guinea|"
    "north macedonia|east timor|sierra leone|burkina faso|cape verde|dominican republic|"
    "equatorial guinea|guinea-bissau|south sudan|central african republic|san marino|"
    "saint lucia|solomon islands|marshall islands|trinidad and tobago|antigua and barbuda|"
    "bosnia and herzegovina|timor-leste|vatican city"
)
# countries named like a river or lake (listed with the places, not as countries, so a slip
# of the river is no country): a question may still ask of the country ('the capital of
# Paraguay'; review r328)
RIVER_COUNTRIES = frozenset({"paraguay", "uruguay", "malawi", "jordan", "niger", "congo"})
COUNTRIES = frozenset(_COUNTRIES.split()) | frozenset(_MANY_WORDS.split("|"))
_STATE_WORDS = frozenset(s for s in US_STATES if " " not in s)  # 'new york' is listed whole
PLACE_NAMES = frozenset(_PLACES.split()) | frozenset(_COUNTRIES.split()) | _STATE_WORDS
WHOLE_PLACE_NAMES = PLACE_NAMES | COUNTRIES | frozenset(_MANY_PLACES.split("|")) | US_STATES
# the words that name an institution, where a person worked: 'Curie Institute' (review r421 A)
INSTITUTION_WORDS = (
    r"Institut[a-z]*|Institution|University|College|Laboratory|Academy|Society|Hospital|Clinic"
    r"|Infirmary|Museum|School|Observatory|Cathedral|Abbey"  # 'Groote Schuur Hospital' (r484 H)
    r"|Navy|Air Force|Army|Marines|Marine Corps|Coast Guard|Corporation|Agency"  # 'Jim Lovell
)  # (US Navy)', 'Dave Scott (US Air Force)', 'RAND Corporation' (review r512 A)
# a question that asks for a place (or a country): a place beside its answer may be another
# answer; beside any other answer it says where the answer is ('Gibson (Nashville)')
ASKS_PLACE = re.compile(
    r"\b(?:where|city|town|village|capital|country|place|port|park|site|station)\b", re.I
)
