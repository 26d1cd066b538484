-- wrk script for the catalog benchmark: buyers browse catalog pages and product pages.
-- Each wrk thread signs in as one of the buyers whose SESSION cookies are given in WP_COOKIES.
local paths = {}
for _, q in ipairs({"bolt", "glove", "wrench", "valve", "wire", "disc", "tape", "cart"}) do
  for page = 1, 3 do
    table.insert(paths, "/catalog?q=" .. q .. "&page=" .. page)
  end
end
for _, sku in ipairs({"FAS-10004", "TLS-10000", "SAF-10000", "ELE-10001", "PLB-10002", "ABR-10003", "MHS-10004", "JAN-10005"}) do
  table.insert(paths, "/products/" .. sku)
end

local cookies = {}
for cookie in string.gmatch(os.getenv("WP_COOKIES") or "", "[^,]+") do
  table.insert(cookies, cookie)
end

local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  cookie = cookies[(id % #cookies) + 1]
  counter = id * 7
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], {["Cookie"] = "SESSION=" .. cookie})
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1000000), summary.requests, errors))
end
