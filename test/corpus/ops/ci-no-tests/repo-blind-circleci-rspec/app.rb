puts "ok"
