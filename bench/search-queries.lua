-- wrk script for bench/search.sh: the search page with a mix of 50 different queries, in turn.
local words = {
  "korea", "export", "olympics", "inflation", "semiconductor", "vaccine", "election", "budget",
  "snow", "ferry", "missile", "skating", "rate", "bank", "stocks", "won", "dollar", "seoul",
  "busan", "assembly", "minister", "price", "covid", "omicron", "holiday", "train", "port",
  "ship", "chip", "energy", "%22Korean+Peninsula%22", "%22Bank+of+Korea%22", "denuclearise",
  "exprot", "olympcs", "korea+export", "north+korea", "trade+deficit", "author%3A%22Han+Tae-woo%22",
  "section%3AEconomy+rate", "korea&sort=newest", "export&section=Economy", "%ED%92%8D%EB%A0%A5",
  "%E6%97%85%E9%A4%A8", "%E6%B8%AF%E5%8F%A3", "%EA%B8%B0%EC%9E%90", "vacc*", "korea+-north",
  "skating+OR+skiing", "ned+price"
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/search?q=" .. words[(i % #words) + 1])
end
