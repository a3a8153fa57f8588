-- wrk script: POSTs the JSON file named by the BODY environment variable to the URL given to wrk.
local file = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*all")
file:close()
wrk.headers["Content-Type"] = "application/json"
