-- wrk script: the same small JSON POST for FlowBuilder's /hooks/bench and Node-RED's /webhook.
wrk.method = "POST"
wrk.body = '{"amount": 150, "orderId": "A-1001", "customer": "ada@example.com"}'
wrk.headers["Content-Type"] = "application/json"
